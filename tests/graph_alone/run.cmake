# Configures, builds and runs tests/graph_alone against the repository's graph/.
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE}/tests/graph_alone -B ${BINARY}
                        -DSTAKEGRAPH_GRAPH_DIR=${SOURCE}/graph
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "configuring graph/ with Boost alone failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY} -j 2 RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "building graph/ with Boost alone failed")
endif()
execute_process(COMMAND ${BINARY}/graph_alone RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "graph_alone returned ${rc}")
endif()
