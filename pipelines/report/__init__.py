"""The reconciliation report (HTML and Markdown). Entry points live in `render.py`."""
