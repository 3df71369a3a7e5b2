"""Work that both front ends do the same way: the command line (``core.cli``) and the window
(``gui``) call these and never write their own copy.

A service may use every engine (``core.sync``, ``core.erp``, ``core.state``, ``core.odata``);
no engine imports a service, and no service imports a front end (the import contracts in
``pyproject.toml`` hold both).
"""
