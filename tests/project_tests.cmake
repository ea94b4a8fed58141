# project_tests tests
