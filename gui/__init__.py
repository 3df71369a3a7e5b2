"""The PySide6 desktop application. ``gui.qtcompat`` runs first: it guards against a defect of
some binding versions before any other Qt call is made."""
from gui import qtcompat

__all__ = ["qtcompat"]
