import type { files as pl } from "../pl/files";

/** English catalogue: files (uploads, attachments of offers). */
export const files: Record<keyof typeof pl, string> = {
  "files.refused.title": "The file was not added. Correct the error shown and try again.",
  "files.refused.missing": "Choose a file from your disk.",
  "files.refused.empty": "The chosen file is empty (0 bytes). Check that it is the right file.",
  "files.refused.tooLarge":
    "The file is too large ({size}). The largest file allowed is {max}. Make it smaller (e.g. scan at a lower resolution) or split it into parts.",
  "files.refused.tooLargeNoSize":
    "The file is too large. The largest file allowed is {max}. Make it smaller (e.g. scan at a lower resolution) or split it into parts.",
  "files.refused.type":
    "Files of this kind cannot be attached. Allowed files: {types}. The kind of a file is recognised by its content, not its name.",
  "files.refused.zipBomb":
    "This file cannot be accepted: unpacked it would be many times larger than its size suggests. Save the document again in its editor or attach it as a PDF.",
  "files.refused.totalTooLarge":
    "The attachments of this offer would take {total} together, and the limit is {max}. Remove a file you do not need or make this one smaller.",

  "files.page.title": "Attachments to the offer",
  "files.page.intro":
    "Attach the documents the competition's announcement requires. Attachments are part of the offer: the submission receipt carries the checksum (SHA-256) of each of them.",
  "files.page.back": "Back to the offer",
  "files.unsubmittedChanges":
    "The attachments or the offer changed since it was last submitted. Submit the offer again so the office receives the current version.",
  "files.closed":
    "The competition does not accept offers now: attachments can no longer be added or removed.",
  "files.readOnly":
    "You can view and download the attachments. Owners and editors of the organisation can add and remove them.",
  "files.notice.added": "The file was added to the offer.",
  "files.notice.removed": "The file was removed from the offer.",

  "files.required.title": "Attachments required by the announcement",
  "files.required.none":
    "The announcement requires no attachments. You may attach other documents if they help evaluate the offer.",
  "files.required.col.label": "Required attachment",
  "files.required.col.status": "Status",
  "files.required.col.files": "Files attached",
  "files.required.attached": "attached",
  "files.required.missing": "missing",

  "files.list.title": "Attached files",
  "files.list.none": "No file has been attached yet.",
  "files.list.usage": "{used} of the {max} available for this offer's attachments are used.",
  "files.col.name": "File",
  "files.col.requirement": "Answers",
  "files.col.type": "Type",
  "files.col.size": "Size",
  "files.col.sha256": "Checksum (SHA-256)",
  "files.col.actions": "Actions",
  "files.other": "Other attachment",
  "files.download": "Download",
  "files.remove": "Remove",
  "files.sha256.full": "Full SHA-256 checksum: {sha256}",

  "files.upload.title": "Add a file",
  "files.upload.file": "File",
  "files.upload.hint": "Allowed types: {types}. Largest file: {max}.",
  "files.upload.requirement": "Which attachment is it?",
  "files.upload.requirement.hint": "Choose the required attachment this file answers, or “Other attachment”.",
  "files.upload.submit": "Add file",
} as const;
