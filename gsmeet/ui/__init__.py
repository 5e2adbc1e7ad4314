"""The desktop window: PySide6 widgets and Qt item models over plain records.

Nothing here touches SQLAlchemy or a Session; database work goes through
:class:`gsmeet.ui.kit.worker.Worker`, which hands back frozen records on the GUI thread.
"""
