SELECT count(*) >= 2 FROM rich;
SELECT count(*) = 3 FROM plain_emails;
