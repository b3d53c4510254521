//! Integration and compile-fail tests for tapi-consts; the tests live in `tests/`.
