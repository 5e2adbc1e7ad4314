"""The committee register (위원 명부): the members table, the member dialogs and the
roster import."""
