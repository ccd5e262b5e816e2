# The build tree mirrors an installed prefix, so that libsonda_core finds
# plugins and forms the same way in both (sonda/util/install_layout.hpp):
#   build/lib/sonda/plugins   a link to build/plugins, where the plugins are built
#                             (SONDA_PLUGIN_OUTPUT_DIR; panels in panels/)
#   build/share/sonda/forms   a link to the source's forms/, so edits show at once
if(CMAKE_BINARY_DIR STREQUAL PROJECT_SOURCE_DIR)
    # The modules would land among the plugins' sources.
    message(FATAL_ERROR "sonda builds in a folder of its own: cmake -S . -B build")
endif()
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/plugins ${CMAKE_BINARY_DIR}/lib/sonda ${CMAKE_BINARY_DIR}/share/sonda)

# Replaces whatever is at `link` (a folder of an earlier build's outputs
# included) with a symbolic link to `target`.
function(sonda_build_tree_link target link)
    if(IS_SYMLINK ${link})
        file(READ_SYMLINK ${link} current)
        if(current STREQUAL target)
            return()
        endif()
        file(REMOVE ${link})
    elseif(EXISTS ${link})
        # Only a folder of built modules is ever removed.
        file(GLOB_RECURSE others LIST_DIRECTORIES false ${link}/*)
        list(FILTER others EXCLUDE REGEX "\\.so$")
        if(others)
            message(FATAL_ERROR "${link} holds files other than built modules (${others}); "
                                "move them away: the build puts a link to ${target} there")
        endif()
        file(REMOVE_RECURSE ${link})
    endif()
    file(CREATE_LINK ${target} ${link} SYMBOLIC)
endfunction()

sonda_build_tree_link(../../plugins ${CMAKE_BINARY_DIR}/lib/sonda/plugins)
sonda_build_tree_link(${PROJECT_SOURCE_DIR}/forms ${CMAKE_BINARY_DIR}/share/sonda/forms)
