<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountRepository</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding subscriber %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving subscriber %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting subscriber #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the callback number of subscriber #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>Enter an account code (3 to 12 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account code must be 3 to 12 digits, because subscribers type it on a phone keypad and in SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account code %1 is already used by another subscriber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member id must be 3 to 64 letters, digits or . _ @ -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member id %1 is already used by another subscriber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a password so the subscriber can log in with the member id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code; use a code such as en, de or es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit limit cannot be negative; 0 means prepaid only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent calls must be a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status must be active, suspended or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber %1 has balance history and cannot be deleted; set the status to Closed instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>Account code: 3-12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web portal login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal password (visible to other users of this machine; prefer --password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the portal password from the first line of stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback number, as a person would write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language code (en, de, es, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far below zero the balance may go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum concurrent calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, suspended or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-text notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no portal login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (created with the demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMBER ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALLBACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BALANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rebound-switch [--db PATH] [--json] accounts SUBCOMMAND

  list                       all subscribers
  show CODE                  one subscriber
  add --account-code CODE [OPTIONS]
  set CODE [OPTIONS]         change only the options given
  delete CODE                delete a subscriber with no balance history

Options for add and set:
  --account-code DIGITS  --name TEXT  --member-id ID  --password P | --password-stdin
  --callback NUMBER  --language CODE  --credit-limit AMOUNT  --max-calls N
  --status active|suspended|closed  --notes TEXT
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run rebound-switch accounts --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an accounts subcommand; use list, show, add, set or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts %1 needs exactly one account code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts %1 takes no option --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no subscriber with account code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted subscriber %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>writing the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: rebound-switch [--db PATH] [--json] COMMAND [ARGUMENTS]

The Rebound callback switch, headless, and its scripting interface.

Commands:
  serve       run the switch until SIGINT or SIGTERM
  accounts    list, show, add, change and delete subscribers

Options:
  --db PATH   the database (default: %1)
  --json      print results as JSON, for scripts
  --help      show this help; COMMAND --help shows the command&apos;s help
  --version   show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a path to the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; run rebound-switch --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Rebound callback console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not fill a new database with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebound cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this Rebound only knows versions up to %3. It was written by a newer Rebound; it has not been changed. Upgrade Rebound to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up the database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database %1 to schema version %2 (%3) failed, so it was left at version %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>adding a demo rate table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a demo rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo subscriber created on first start; close it when you have real ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking demo subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo wholesale prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo subscriber prices: carrier + 60%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>giving demo subscribers a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the demo gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the demo route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a demo DID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialPlan</name>
    <message>
        <source>&apos;+&apos; may only appear at the start of the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in a phone number; use digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dial plan is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;+&apos; must be followed by the country code and the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is only the international prefix %1; add the country code and the number after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is only the national prefix %1; add the rest of the number after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country code cannot start with 0; an international number starts with +, then the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country code cannot start with 0; an international number starts with + or %1, then the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The number is too short (%n digits); an international number has at least %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A national number needs the country code; type +%1 before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national number needs the country code; type +%1 or %2 before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The number is too long (%n digits); an international number has at most %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The country code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code &apos;%1&apos; must contain digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code &apos;%1&apos; is too long; country codes have 1 to 3 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country code cannot start with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An international prefix cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The international prefix &apos;%1&apos; must contain digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national prefix &apos;%1&apos; must contain digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national prefix &apos;%1&apos; is the same as an international prefix.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <source>recording a balance change for subscriber #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking balances against the ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign on its own is not an amount; type a number after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number, not just a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has more than one decimal point (&apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grouping separator &apos;%1&apos; cannot come after the decimal point &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; may only appear at the start of the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in an amount; use digits and &apos;%2&apos; as the decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grouping separator &apos;%1&apos; is in the wrong place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Usage: rebound-switch [--db PATH] serve

Runs the switch until SIGINT (Ctrl+C) or SIGTERM.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve takes no argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve needs an application event loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebound-switch: %1 database %2 (schema version %3, %4 subscribers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebound-switch: received %1, stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebound-switch: running; stop with Ctrl+C or SIGTERM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebound-switch: stopped cleanly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>reading setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>%1: %2 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: other records still refer to it, or it refers to a record that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value breaks the rule %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: database error: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::MainWindow</name>
    <message>
        <source>Rebound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rebound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was filled with demo subscribers, rates and a demo gateway on first start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Rebound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rebound %1&lt;/h3&gt;&lt;p&gt;International callback switch and billing console.&lt;/p&gt;&lt;p&gt;Database: %2 (schema version %3)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::SubscriberDialog</name>
    <message>
        <source>Edit subscriber %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1006</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits the subscriber types in SMS and on the phone keypad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web portal login; leave empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Callback number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone the switch calls back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redit limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far below zero the balance may go; 0 for prepaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent &amp;calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add subscriber</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::SubscriberModel</name>
    <message>
        <source>Demo subscriber created on first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::SubscribersPage</name>
    <message>
        <source>Subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code, name, number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete subscriber %1 (%2)? Their callback numbers go with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete subscriber</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
