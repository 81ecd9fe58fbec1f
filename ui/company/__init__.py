"""The company profile: the new-assessment wizard and the dialog that edits a profile."""
