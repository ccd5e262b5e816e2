sonda_add_test_suite(NAME test_stats SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/descriptives_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/t_test_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wilcoxon_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/effect_size_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cronbach_alpha_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/item_moments_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reliable_change_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/score_comparison_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/score_comparison_properties_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/suppression_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/table_protection_test.cpp
)
