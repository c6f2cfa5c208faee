"""Event handlers of the users service. None yet: the users service produces events
(contracts.users) and consumes none."""
