// A read that touches nothing: run for the bookmark the server returns after it, which names the
// database's last committed transaction (GraphDb.commitPoint).
RETURN 1 AS ok
