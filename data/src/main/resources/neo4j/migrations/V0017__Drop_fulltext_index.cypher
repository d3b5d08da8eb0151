// Search answers from an in-memory Lucene index of the published snapshot (Kuromoji analysis, data/search); nothing
// queries the database's cjk full-text index any more, and keeping it would only slow every write.
DROP INDEX search_text IF EXISTS;
