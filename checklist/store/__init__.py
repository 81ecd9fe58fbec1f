"""The assessment file (``.lhc``): SQLite used as an application file format.

``file`` holds the open file and its changes, ``rows`` the mapping of records to rows, ``schema`` the
schema, its migrations and its check, ``diagnosis`` the messages for files that cannot be used.
"""

from .diagnosis import StoreError
from .file import MAX_ATTACHMENT_BYTES, SUFFIX, AssessmentFile, backup_for
from .rows import NewAttachment
from .schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["MAX_ATTACHMENT_BYTES", "MIGRATIONS", "SCHEMA_VERSION", "SUFFIX", "AssessmentFile", "NewAttachment",
           "StoreError", "backup_for"]
