# Fails a test with a message: cmake -DMESSAGE=<text> -P fail.cmake
message(FATAL_ERROR "${MESSAGE}")
