"""The committee register (members) and the strategy register (tracks → strategies →
tasks → achievements): what their editors show, and edits that can be undone.

Every edit is one transaction and returns what undoes it:

- ``add_member`` → ``remove_member(row.membership_id)`` undoes it, returning a
  :class:`Removal` that ``restore_member`` redoes with the same ids.
- ``update_member``, ``update_task``, ``update_achievement`` return the record after and
  before, with the rows they created and the rows as they were; ``revert_update`` undoes
  any of them exactly (a member's new dated membership goes and the old one reopens; a
  task's recorded status change goes).
- ``deactivate_member`` (해촉) and ``reactivate_member`` undo each other; each returns
  the row as it was, whose ``left_on``/``left_reason`` redo a deactivation.
- ``add_task``/``add_achievement`` → ``delete_task``/``delete_achievement`` (a
  :class:`Removal`) → ``restore_task``/``restore_achievement``, same id and place.
- ``move_task`` returns a :class:`Move`; moving back to ``old_parent_id`` (the strategy)
  at ``old_index`` undoes it.

The code lives in :mod:`.members` and :mod:`.strategies`; import from here.
"""

from gsmeet.services.register.members import (
    add_member,
    deactivate_member,
    list_members,
    reactivate_member,
    remove_member,
    restore_member,
    revert_update,
    start_successor,
    update_member,
)
from gsmeet.services.register.strategies import (
    add_achievement,
    add_task,
    delete_achievement,
    delete_task,
    move_task,
    restore_achievement,
    restore_task,
    strategy_tree,
    update_achievement,
    update_task,
)

__all__ = [
    "add_achievement",
    "add_member",
    "add_task",
    "deactivate_member",
    "delete_achievement",
    "delete_task",
    "list_members",
    "move_task",
    "reactivate_member",
    "remove_member",
    "restore_achievement",
    "restore_member",
    "restore_task",
    "revert_update",
    "start_successor",
    "strategy_tree",
    "update_achievement",
    "update_member",
    "update_task",
]
