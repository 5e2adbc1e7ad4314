"""The minutes as a record, and the other documents of a session.

- :mod:`.documents`: writing a session's documents (minutes, agenda packet, sign-in sheet,
  packets) as PDF, DOCX or HWPX; for issued minutes, the issued file itself.
- :mod:`.issue`: issuing (the final PDF kept byte for byte with the record it was made
  from), reopening for correction, and the temporary files a killed issue left.
- :mod:`.versions`: the kept files of issued versions, checked against their SHA-256.
- :mod:`.confirm`: the chair's confirmation (확인) of a draft.
- :mod:`.corrections`: corrections (자구정정) of issued minutes and their errata (정오표).
"""
