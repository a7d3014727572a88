-- 0016: on a team store each Ask conversation belongs to the PostgreSQL user
-- who started it (current_user, filled in by ConversationStore), and each user
-- lists and opens only their own. NULL: a single user's SQLite store, or a
-- conversation from before this migration (shared by everyone, as all were).
ALTER TABLE conversation ADD COLUMN owner TEXT;
CREATE INDEX conversation_owner ON conversation(owner, updated_at);
