"""The action tracker page: every action item of the committee, filtered and sorted,
exported to Excel."""
