"""The guide manager and the migration of an assessment to a newer guide version."""
