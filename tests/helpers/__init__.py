"""What the tests share, as plain functions, classes and constants: no fixtures, no tests.

Fixtures live in the ``conftest.py`` nearest to the tests that use them; a test module imports
helpers from here, never from another test module (tests/test_test_layout.py keeps it so).
"""
