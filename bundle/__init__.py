"""The stand-alone bundle: what goes in (contents, system_libraries), how the PyInstaller
output is trimmed (binaries), packed (pack) and tried as a user would (check).

The spec file (``bundle/plank-timer.spec``) only wires these together, so each choice is
plain Python that the tests in ``tests/bundle`` read without building anything.
"""
