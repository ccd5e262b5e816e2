target_sources(sonda_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/descriptives.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ranking.cpp
    ${CMAKE_CURRENT_LIST_DIR}/t_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wilcoxon_distributions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wilcoxon_signed_rank.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wilcoxon_rank_sum.cpp
    ${CMAKE_CURRENT_LIST_DIR}/effect_size.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cronbach_alpha.cpp
    ${CMAKE_CURRENT_LIST_DIR}/item_moments.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reliable_change.cpp
    ${CMAKE_CURRENT_LIST_DIR}/suppression.cpp
    ${CMAKE_CURRENT_LIST_DIR}/table_protection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/score_comparison.cpp
)
