# The declarative instrument: scores a form declares in its own file, built
# into the core (no plugin module).
target_sources(sonda_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/declarative_instrument.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recipe_bands.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recipe_reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recipe_scoring.cpp
)
