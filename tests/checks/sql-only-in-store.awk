# Reports, as FILE:LINE: what: the line, SQL in the C++ files it is given;
# exits 1 when it found any. Run by sql-only-in-store.sh.
function hit(reason) {
    printf "%s:%d: %s: %s\n", FILENAME, FNR, reason, $0
    found = 1
}

# Comment lines are skipped: a comment may say what a repository does.
/^[ \t]*(\/\/|\/\*|\*)/ { next }

{
    line = $0
    # The character literal '"' must not open a string.
    gsub(/\047\\?"\047/, "\047 \047", line)
    # Qt SQL types (QSqlQuery, QSqlDatabase, QSqlError, ...) and their module.
    if (line ~ /(^|[^A-Za-z0-9_])QSql[A-Z]|<QtSql/)
        hit("Qt SQL")
    # store::Database statements, on anything named like a database (db,
    # m_db, database(), openDb(c)->...).
    else if (line ~ /[A-Za-z_]*([dD]b|[dD]atabase)(\([^()]*\))?[ \t]*(\.|->)[ \t]*(run|prepare|connection)[ \t]*\(/ ||
             line ~ /(^|[^A-Za-z0-9_])Database::exec[ \t]*\(/)
        hit("a Database statement")
    else {
        # SQL in a string literal. SELECT and UPDATE need a word after them,
        # so the SIP method "UPDATE" is not taken for SQL.
        rest = line
        while (match(rest, /"([^"\\]|\\.)*"/)) {
            text = substr(rest, RSTART, RLENGTH)
            rest = substr(rest, RSTART + RLENGTH)
            if (text ~ /(^|[^A-Za-z0-9_])((SELECT|UPDATE)[ \t]+[A-Za-z_*(]|(INSERT[ \t]+(OR[ \t]+[A-Z]+[ \t]+)?INTO|DELETE[ \t]+FROM|REPLACE[ \t]+INTO|(CREATE|DROP)[ \t]+(TABLE|INDEX|VIEW|TRIGGER|UNIQUE)|ALTER[ \t]+TABLE|PRAGMA|BEGIN[ \t]+(IMMEDIATE|EXCLUSIVE|DEFERRED|TRANSACTION)|COMMIT|ROLLBACK|SAVEPOINT|VACUUM)([^A-Za-z0-9_]|$))/) {
                hit("SQL in a string")
                break
            }
        }
    }
}

END { exit found }
