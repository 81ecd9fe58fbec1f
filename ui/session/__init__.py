"""The open assessment shared by its windows: the file, the undo history and the score, as signals."""
