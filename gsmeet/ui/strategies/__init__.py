"""The strategy register: tracks → strategies → tasks → achievements as an editable
tree."""
