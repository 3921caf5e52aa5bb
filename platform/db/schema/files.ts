import { bigint, customType, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./identity";

/*
 * Uploaded files: the metadata row is always here; the bytes are wherever the configured
 * FileStorage keeps them (platform/files): under ./data/files on disk, or in stored_file_blobs so
 * that every stateless app node on PostgreSQL sees the same files.
 */

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType() {
    return "bytea";
  },
  fromDriver(value) {
    return Buffer.isBuffer(value) ? value : Buffer.from(value);
  },
});

export const storedFiles = pgTable(
  "stored_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id"),
    /** Which FileStorage holds the bytes: "disk" or "database". */
    storage: text("storage").notNull(),
    /** The storage's key (a path below the files root for disk; the id for the database). */
    storageKey: text("storage_key").notNull(),
    /** The name as uploaded, cleaned of any path (shown and used for downloads only). */
    filename: text("filename").notNull(),
    /** The type sniffed from the content, never the one the browser claimed. */
    contentType: text("content_type").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("stored_files_tenant").on(t.tenantId)],
);

export const storedFileBlobs = pgTable("stored_file_blobs", {
  fileId: uuid("file_id")
    .primaryKey()
    .references(() => storedFiles.id, { onDelete: "cascade" }),
  data: bytea("data").notNull(),
});
