"""The engagement of a firm: its facts, and the sign-off that makes the reports final."""
