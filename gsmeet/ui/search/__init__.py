"""Search across every session of the committee (Ctrl+F): the dialog and its job."""
