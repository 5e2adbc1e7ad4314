"""Pure rules of the committee world: no Qt, no SQLAlchemy, no I/O."""
