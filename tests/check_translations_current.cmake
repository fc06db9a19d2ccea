# Runs lupdate over the sources into copies of translations/*.ts and fails
# when a text of the sources lacks a finished translation or a translation
# has lost its text: what a developer must fix with the update_translations
# target and a translator before committing.
# -D LUPDATE=... -D SOURCES_LIST=file -D WORK=dir -D TS_FILES=a.ts;b.ts
# [-D LUPDATE_OPTIONS=-pluralonly] (English holds only plural forms)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(failed "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    configure_file("${ts}" "${WORK}/${name}" COPYONLY)
    execute_process(COMMAND "${LUPDATE}" -locations none ${LUPDATE_OPTIONS} "@${SOURCES_LIST}" -ts "${WORK}/${name}"
        RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(status)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${output}")
    endif()
    file(READ "${WORK}/${name}" content)
    string(REGEX MATCHALL "type=\"(unfinished|vanished|obsolete)\"" stale "${content}")
    list(LENGTH stale count)
    if(count GREATER 0)
        string(APPEND failed "${name}: ${count} unfinished, vanished or obsolete entries\n")
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "${failed}Run 'cmake --build build --target update_translations', "
        "translate the new texts and commit the .ts files.")
endif()
message(STATUS "translations are current")
