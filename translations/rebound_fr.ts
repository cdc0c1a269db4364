<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>SIP switch</source>
        <translation>Commutateur SIP</translation>
    </message>
    <message>
        <source>SIP address</source>
        <translation>Adresse SIP</translation>
    </message>
    <message>
        <source>The address and port the switch answers SIP on, such as 192.168.1.20:5060. 127.0.0.1 answers only this machine; 0.0.0.0 every interface.</source>
        <translation>L’adresse et le port sur lesquels le commutateur répond en SIP, comme 192.168.1.20:5060. 127.0.0.1 ne répond qu’à cette machine ; 0.0.0.0 sur toutes les interfaces.</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Adresse publique</translation>
    </message>
    <message>
        <source>Behind a router (NAT): the router&apos;s public address or host name, with :port when the router forwards another port to the SIP address. Contact, Via, From and the SDP of every call name it; the switch still listens on the SIP and media addresses.</source>
        <translation>Derrière un routeur (NAT) : l’adresse publique ou le nom d’hôte du routeur, avec :port si le routeur redirige un autre port vers l’adresse SIP. Contact, Via, From et le SDP de chaque appel l’indiquent ; le commutateur écoute toujours sur les adresses SIP et média.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>What the switch calls itself in User-Agent and Server headers. No version by default, so scanners learn nothing.</source>
        <translation>Le nom que le commutateur se donne dans les en-têtes User-Agent et Server. Sans version par défaut, pour que les scanners n’apprennent rien.</translation>
    </message>
    <message>
        <source>SIP over TCP</source>
        <translation>SIP sur TCP</translation>
    </message>
    <message>
        <source>auto: TCP only when a gateway uses TCP or TLS; on: always; off: UDP only.</source>
        <translation>auto : TCP seulement si une passerelle utilise TCP ou TLS ; on : toujours ; off : UDP seulement.</translation>
    </message>
    <message>
        <source>TCP idle close (s)</source>
        <translation>Fermeture TCP inactive (s)</translation>
    </message>
    <message>
        <source>A TCP connection that carries nothing for this long is closed.</source>
        <translation>Une connexion TCP qui ne transporte rien pendant cette durée est fermée.</translation>
    </message>
    <message>
        <source>Session timer (s)</source>
        <translation>Minuteur de session (s)</translation>
    </message>
    <message>
        <source>RFC 4028 session refresh interval asked of peers; 0 turns session timers off (otherwise at least 90).</source>
        <translation>Intervalle de rafraîchissement de session RFC 4028 demandé aux pairs ; 0 désactive les minuteurs de session (sinon au moins 90).</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>RTP address</source>
        <translation>Adresse RTP</translation>
    </message>
    <message>
        <source>The address RTP is sent and received on. Empty: the SIP address.</source>
        <translation>L’adresse d’envoi et de réception du RTP. Vide : l’adresse SIP.</translation>
    </message>
    <message>
        <source>the SIP address</source>
        <translation>l’adresse SIP</translation>
    </message>
    <message>
        <source>Lowest RTP port</source>
        <translation>Port RTP minimal</translation>
    </message>
    <message>
        <source>RTP ports are picked at random from this range; open it on the firewall.</source>
        <translation>Les ports RTP sont choisis au hasard dans cette plage ; ouvrez-la sur le pare-feu.</translation>
    </message>
    <message>
        <source>Highest RTP port</source>
        <translation>Port RTP maximal</translation>
    </message>
    <message>
        <source>The top of the RTP port range (above the lowest).</source>
        <translation>Le haut de la plage de ports RTP (au-dessus du minimal).</translation>
    </message>
    <message>
        <source>Media timeout (s)</source>
        <translation>Délai média (s)</translation>
    </message>
    <message>
        <source>An answered call that sends no RTP for this long is ended; 0 never ends a call for silence.</source>
        <translation>Un appel décroché qui n’envoie aucun RTP pendant cette durée est terminé ; 0 ne termine jamais un appel pour cause de silence.</translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation>Portail web</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Adresse du portail</translation>
    </message>
    <message>
        <source>Where the subscriber portal, the SMS endpoint and the API listen, such as 0.0.0.0:8443; off: no portal.</source>
        <translation>Où le portail abonnés, le point d’accès SMS et l’API écoutent, comme 0.0.0.0:8443 ; off : pas de portail.</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>A PEM certificate (with its chain): the portal then speaks HTTPS. Set the key too.</source>
        <translation>Un certificat PEM (avec sa chaîne) : le portail parle alors HTTPS. Indiquez aussi la clé.</translation>
    </message>
    <message>
        <source>none: plain HTTP</source>
        <translation>aucun : HTTP simple</translation>
    </message>
    <message>
        <source>TLS key</source>
        <translation>Clé TLS</translation>
    </message>
    <message>
        <source>The PEM private key of the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out after idle (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A portal session unused this long is signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passwords allowed within the window before the login is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in window (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window sign-in failures are counted in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in lock-out (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a login stays locked after too many failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open portal connections allowed in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections per address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open portal connections allowed from one address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the portal and printed cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO 4217 code balances, rates and cards are in, such as USD or EUR. Changing it converts nothing: set it before the first rates and top-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone peak and off-peak windows, days and months are read in, such as Europe/London.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers below this balance are listed on the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code of the home country, such as 1 or 44.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people dial before a country code, comma-separated, such as 00 or 011.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people dial before a national number, such as 0; empty: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bare digits are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a number with no prefix is read: international (callback customers abroad often omit the +) or national.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back delay (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wait between a trigger and calling the subscriber back, so a phone that just got 486 Busy is free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More tries of the subscriber&apos;s leg when busy or not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry delay (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wait between tries of the subscriber&apos;s leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer timeout (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriber&apos;s phone rings this long at one gateway before it counts as not answered; 0: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVR allowance (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the subscriber&apos;s leg held in credit before the destination is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring allowance (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the subscriber&apos;s leg held in credit for the destination&apos;s ringing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning before the limit (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warning tone plays this long before the credit runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest call (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time cap even with unlimited credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-repeat (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second request for the same subscriber within this time is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits and lock-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per source address, for every source but trusted gateways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests a source may send at once before the rate applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice the rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted gateway requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per trusted gateway: high, but a looping carrier cannot flood the switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted gateway burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests a trusted gateway may send at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per client address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests a client may send at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS endpoint requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per client address, on the HTTP SMS endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS endpoint burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card PIN failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong card PINs (and IVR PINs) allowed from one source before it is locked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card failure window (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window wrong card PINs are counted in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card lock-out (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a source that guessed PINs stays locked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS texts with an unknown account code or a wrong PIN allowed from one sender (and against one account code) before it is locked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS failure window (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window SMS failures are counted in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS lock-out (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a sender that guessed stays locked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card expiry check (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often expired cards are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account requesting more callbacks than this in an hour raises an alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per hour (account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account spending more than this in an hour raises an alarm; 0: no alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per hour (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All subscribers together spending more than this in an hour raise an alarm; 0: no alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium price per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call to a destination priced above this raises an alarm; 0: no alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest gateway ASR (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway answering fewer of its attempts than this raises an alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR after attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ASR alarm needs at least this many attempts in the hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend on alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on: an account that raises an alarm is suspended at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the fraud checks run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on: the running switch writes a copy of the database once a day, rebound-YYYY-MM-DD.sqlite, with the card PIN key beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where daily copies go, best on another disk; a relative path is read from the database&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATABASE-backups beside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily copies kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest daily copies beyond this many are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log kept (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older audit entries are deleted; 0 keeps them for ever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card attempts kept (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older card redemption attempts are deleted; 0 keeps them for ever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the console, and how it writes numbers, dates and money. system: the language of this computer&apos;s locale when Rebound speaks it, otherwise English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1 has no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns %1 and %2 both give %3; keep only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns must be separated by commas; save the file as &quot;CSV UTF-8 (comma delimited)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown columns %1; the first line must name the columns, from: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no account_code column, which is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a CSV text file: it holds binary data (or UTF-16 text). Save the subscribers as CSV UTF-8, comma separated, and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed (a &apos;&quot;&apos; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; its first line must name the columns, such as account_code,name,callback_number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscribers found: the file has only the header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 subscribers; at most %2 can be imported at once. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values, but the header names %2 columns; quote a value that holds a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more problems; fix these and import again to see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>reading callback numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a callback number of subscriber #%1</source>
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
        <source>Either set a new PIN or remove the PIN, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must be 6 to 12 digits, because subscribers key it on a phone keypad and write it in SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must not be the account code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DID callers must be registered (only the subscriber&apos;s registered phones may trigger a callback by ringing a DID) or any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new subscriber has no registered phones to remove.</source>
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
        <source>An opening balance is only for a new subscriber; adjust the balance of an existing one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status must be active, suspended or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rate table called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a buy table; choose a sell plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account code %1 is also on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member id %1 is also on line %2.</source>
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
    <message>
        <source>%1 is not a registered phone of subscriber %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the callback number, so it cannot be removed; change or clear the callback number first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>portal password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVR and SMS PIN (6-12 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the subscriber&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may trigger a callback by ringing the subscriber&apos;s DIDs: registered (only the registered phones; the default) or any.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Sell plan the subscriber pays by; empty for none.</source>
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
        <source>PIN:</source>
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
        <source>Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DID callers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered phones only (none registered yet: any caller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered phones only</source>
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
        <source>Sell plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: calls are refused)</source>
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
        <source>Subscriber %1 has no registered phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGISTERED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the registered phones of subscriber %2: it can no longer ask for callbacks by SMS without the PIN or ring the subscriber&apos;s DIDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin-stdin: standard input already holds the password; give the PIN with --pin-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to add; negative to take away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topup, adjustment (default) or refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: kept in the ledger and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts adjust needs --amount (negative to take money away).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount: an adjustment of zero changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason must be topup, adjustment or refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber %1: %2, balance now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report; import nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the CSV; - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebound-switch: nothing was imported; problems found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subscribers would be imported; nothing was changed (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subscribers imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 subscribers to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every balance equals its ledger sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebound-switch: subscriber #%1 shows %2 but its ledger adds up to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rebound-switch [--db PATH] [--json] accounts SUBCOMMAND

  list                       all subscribers
  show CODE                  one subscriber
  add --account-code CODE [OPTIONS]
  set CODE [OPTIONS]         change only the options given
  delete CODE                delete a subscriber with no balance history
  adjust CODE --amount AMOUNT [--reason topup|adjustment|refund] [--note TEXT]
                             add to (or, negative, take from) the balance
  ledger CODE                every balance change, newest first
  phones CODE                the registered phones: every callback number the subscriber
                             had, which may send SMS without the PIN and ring its DIDs
  remove-phone CODE NUMBER   forget a registered phone (not the current callback number)
  check-ledger               prove every balance equals its ledger sum
  import FILE [--dry-run]    add the subscribers of a CSV file, all or nothing: a file
                             with any bad line changes nothing and every bad line is
                             listed; --dry-run only checks
  export [--output FILE|-]   every subscriber as CSV (standard output by default)

Options for add and set:
  --account-code DIGITS  --name TEXT  --member-id ID  --password-stdin | --password-file FILE
  --pin-stdin | --pin-file FILE | --no-pin   the IVR and SMS PIN, 6-12 digits
  --callback NUMBER  --language CODE  --credit-limit AMOUNT  --max-calls N (0 = no limit)
  --status active|suspended|closed  --plan SELL-PLAN  --notes TEXT
  --did-callers registered|any   who may ring the subscriber&apos;s DIDs (default: registered
                                 phones only, once the subscriber has one)

CSV files have a header line naming the columns, in any order: account_code (required),
name, member_id, password, pin, callback_number, language, credit_limit, max_calls,
status, sell_plan, did_callers, balance (the opening balance, through the ledger), notes.
An empty cell takes the default. password and pin are read in clear and stored hashed;
export never writes them, and writes the current balance as balance.
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
        <source>&apos;%1&apos; is not an accounts subcommand; use list, show, add, set, delete, adjust, ledger, check-ledger, phones, remove-phone, import or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts import needs exactly one CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts remove-phone needs an account code and a phone number (see accounts phones CODE).</source>
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
    <name>ApiCommands</name>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBSCRIBERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires takes a date such as 2027-06-30 (the token works through that day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires-days takes a whole number of days, such as 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token %1 for %2, %3.
The token is shown only now; store it safely:
%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rebound-switch api-tokens add NAME [--accounts 1001,1002] [--expires YYYY-MM-DD | --expires-days N]
       rebound-switch api-tokens list | revoke NAME
Tokens for the JSON API under /api/v1. add prints the new token once; only its digest is
kept. NAME: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. --accounts: the only subscribers the token may
act for (default: all). --expires: the last day it works, in billing.timezone;
--expires-days: it stops working N days from now (default: never).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account codes, comma separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day the token works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days until the token stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no live API token called %1; api-tokens list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked API token %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rebound-switch sms-http secret | disable | status
The HTTP SMS gateway endpoint (/sms). secret makes a new shared secret, prints it once
and turns the endpoint on (an older secret stops working); disable turns it off.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP SMS endpoint is on.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP SMS endpoint is off.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP SMS secret (shown only now; give it to the SMS gateway):
%1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiTokenRepository</name>
    <message>
        <source>saving API token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the subscribers of API token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoking an API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noting an API token&apos;s use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiTokenService</name>
    <message>
        <source>Give an expiry date or a number of days, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token expires after 1 to %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the expiry as a date such as 2027-06-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has passed; choose today or a later day, or no expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day within %1 days from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the token a name that says who uses it, such as website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a token name: use up to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token %1 has expired but keeps its name until it is revoked; revoke it first or pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a live token called %1; revoke it first or pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the subscribers the token may act for, or all subscribers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no subscriber with account code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no subscribers with account codes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no live API token called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subscribers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiV1</name>
    <message>
        <source>Use %1 for this URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests; try again in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a valid API token as &apos;Authorization: Bearer &lt;token&gt;&apos;; rebound-switch api-tokens add NAME creates one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API token has been revoked; ask the operator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API token expired at %1; ask the operator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no API call %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API token does not act for subscriber %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no subscriber %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object such as {&quot;account&quot;: &quot;1001&quot;, &quot;destination&quot;: &quot;+12025550147&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the subscriber&apos;s account code as a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the number to connect to, such as +12025550147.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the number as a string, such as &quot;+12025550147&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new callback: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callback: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no callback request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback request %1 is for a subscriber this API token does not act for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttemptRepository</name>
    <message>
        <source>recording a failed redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking redemption attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing redemption attempts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>--%1 is empty; give a value such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--object: &apos;%1&apos; is not TYPE or TYPE:ID; write e.g. account or account:1001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: %1 is not after --from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit entries match.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries shown: %1, newest first; times in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> There are more; --limit N shows N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries written to %1: %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rebound-switch [--db PATH] [--json] audit SUBCOMMAND [FILTERS]

  list [FILTERS] [--limit N]
                    the entries, newest first (50 unless --limit says more)
  export [FILTERS] [--output FILE|-]
                    CSV: time, actor, source, action, object type and id, details
                    (standard output without --output or with -)

Filters:
  --actor WHO         console, cli, web:1001 ...; a value ending in : . or * matches
                      every actor that starts with it (web: is every portal user)
  --action WHAT       account.add ...; account. is every account change
  --object TYPE[:ID]  what it was done to: account, or account:1001
  --text TEXT         the details contain TEXT
  --from WHEN         entries at or after WHEN
  --to WHEN           entries before WHEN (a day: up to the end of that day)

WHEN is a day, YYYY-MM-DD, or a date and time such as 2026-03-04T18:30, in the billing
time zone (setting billing.timezone) unless it ends in Z (UTC) or an offset (+02:00).
The CSV writes times in ISO 8601 with that zone&apos;s offset; a cell starting with = + - or @
gets a leading &apos; so that spreadsheets show it as text instead of running it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an audit subcommand; use list or export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>A backup cannot be written while a change is in progress on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing a backup to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading what the database holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver gives no SQLite handle, so the backup cannot be copied in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be restored while a change is in progress on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start copying the backup into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stayed busy: another program kept writing to it. Nothing has been changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the backup into %1 failed, so it was left as it was: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with the card PIN key in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rebound-switch [--db PATH] backup --output FILE
       rebound-switch backup check FILE
--output writes a consistent copy of the database to FILE (owner-only), also while a
switch runs on it, with the card PIN key beside it as FILE.pin-key: keep the two together.
check says whether FILE can be restored (integrity, schema version, the ledger) and what
it holds, changing nothing.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the backup goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rebound-switch [--db PATH] restore FILE [--yes]
Replaces everything in the database with the backup FILE, and the card PIN key with
FILE.pin-key when it is there. The backup is checked first (integrity, schema version,
the ledger); an older schema is upgraded. The current database is saved beside it
before anything is replaced. Refused while a switch runs on the database: stop it first.
Without --yes it only says what would be restored.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the data without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed. Run again with --yes to replace all data in %1 with this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.
The data it held before was saved to %3.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the card PIN key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card PIN key %1 is damaged; put the key saved with this backup there, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 beside it: it is a database in use, or one not closed cleanly, not a backup. Back it up with rebound-switch --db %1 backup --output FILE and restore that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, not a Rebound backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rebound backup: it is not an SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 has schema version %2, but this Rebound only knows versions up to %3: it was written by a newer Rebound. Upgrade Rebound to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rebound one (it has no schema version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check failed): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rebound one (it has no %2 table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not add up: %2 subscriber balance(s) differ from their ledger sums (subscriber #%3 shows %4, its ledger adds up to %5). It cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2 to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 (schema version %2) cannot be brought up to version %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which file the backup goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the live database or one of its own files; a backup must go to another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a backup in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a temporary folder to check the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the live database itself; choose a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a temporary folder in %1 to check the backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was restored, but the card PIN key was not: %1 Copy %2 to %3 by hand, or cards cannot be redeemed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card PIN key was found beside the backup (%1), so the current key %2 was kept. If the backup&apos;s cards were made with another key, put that key there, or their PINs cannot be redeemed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was not written to the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1, %2 bytes
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (upgraded to %2 when restored)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers: %1
Ledger entries: %2
Card batches: %3
Calls: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Card PIN key: none beside the backup (the current key is kept)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card PIN key: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every balance equals its ledger sum; the integrity check passed.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessReports</name>
    <message>
        <source>(no gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback requested by %1 from %2, to call back %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg A (subscriber)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg B (destination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVR: prompts played, destination collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: calling %2 %3 through %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answered, legs bridged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ended after %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; billed %1 s: sell %2 at %3/min (prefix %4), cost %5 at %6/min (prefix %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Call %1: %2; sell %3, cost %4, profit %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallBilling</name>
    <message>
        <source>Call #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the switch stopped before the call was connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the switch stopped before this callback was made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackRequestRepository</name>
    <message>
        <source>recording a callback request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading callback requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting callbacks in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating callback request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting a call attempt of request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the destination of request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending callback requests left in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackRequests</name>
    <message>
        <source>no such subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscriber %1 is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscriber %1 has no sell plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscriber %1 has no callback number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone to call back and the destination are the same number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request #%1 is still in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another request came less than %1 seconds ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscriber %1 has no credit left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>subscriber %1 already has %n call(s) in progress</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardRepository</name>
    <message>
        <source>listing card batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a card batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating a card batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the next card serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiring card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>using card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activating card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voiding card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspending the account of card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voiding card batch #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardService</name>
    <message>
        <source>A batch has 1 to %L1 cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face value must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO code such as USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PINs have %1 to %2 digits; shorter ones are too easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial prefix is up to 10 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first serial number must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid calling cards need the sell plan their accounts use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sell plan called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed expiry date must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge-up cards are used up at once; expiry after first use is for prepaid calling cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry is 1 to 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serials %1 to %2 overlap an existing batch; choose another serial prefix or first number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find a free PIN for card %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts: try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This account cannot be topped up; it does not exist or is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN does not belong to a card that can be used. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That serial number and PIN are not of one card that can be used. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a charge-up card: use it to top up an existing account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a prepaid calling card: activate it to get a new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has been cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has already been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid calling card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card with serial %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is %2 and cannot be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card batch #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardsCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards generate needs --output FILE (or - for stdout): the PINs exist only in that file and cannot be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is charge (top up an account) or ppcc (a new account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires takes a date such as 2027-06-30 or 2027-06-30T23:59Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch #%1: %2 %3 cards of %4, serials %5 to %6, total %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepaid calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CARDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW/ACTIVE/USED/EXPIRED/VOID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (void)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card batch #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is new, active, used, expired or void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN on the command line is visible to every user of this machine: give it with --pin-stdin or --pin-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards redeem needs the PIN: --pin-stdin or --pin-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which account to top up with --account CODE, or --activate a prepaid calling card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no subscriber with account code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 activated: account code %2, balance %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 added %2 to account %3; balance now %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rebound-switch [--db PATH] [--json] cards SUBCOMMAND

  generate --count N --value AMOUNT --output FILE|- [--kind charge|ppcc] [--plan SELL-PLAN]
           [--currency CODE] [--language CODE] [--pin-length 12] [--serial-prefix P]
           [--serial-start N] [--name TEXT]
           [--expires DATE | --expires-days N [--after-first-use]]
                        a batch; the PIN file is the only copy of the PINs
  list [--batch ID [--status new|active|used|expired|void]]
  export --batch ID [--output FILE]   inventory CSV, without PINs
  void --serial SERIAL | --batch ID   cancel unused cards
  redeem --account CODE               top up with a charge-up card
  redeem --activate [--callback NUMBER]   open a prepaid calling card&apos;s account
         the PIN comes from --pin-stdin or --pin-file FILE, never the command line
  history                             used and activated cards, newest first
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face value of each card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge or ppcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell plan of PPCC accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of PPCC accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN digits, 10 to 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days until expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count expiry days from activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file, - for stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card serial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account code to top up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate a prepaid calling card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback number for the new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run rebound-switch cards --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cards subcommand; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which batch with --batch ID; cards list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch #%1 is void; %2 unused cards cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards void needs --serial SERIAL or --batch ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CdrRepository</name>
    <message>
        <source>opening a call record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a call&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a call leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording an answered leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a leg&apos;s gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording call progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing a call leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a leg&apos;s RTP packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pricing a call leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing a call record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading call legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding open calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Read the %1 from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the %1 from the first line of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: the file&apos;s first line is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: nothing on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rebound-switch [--db PATH] [--json] COMMAND [ARGUMENTS]

The Rebound callback switch, headless, and its scripting interface.

Commands:
  serve       run the switch until SIGINT or SIGTERM
  accounts    list, show, add, change and delete subscribers; balances
  rates       rate tables: import, export, list, quote, markup
  cards       card batches: generate, list, export, void, redeem
  gateways    SIP trunks: add, list, show, set, delete, ping
  routes      which gateway carries which prefix
  dids        trigger numbers: add, list, set, delete
  cdrs        call records: list, show one with its timeline, export to CSV
  reports     a period&apos;s summary and profit by destination, gateway, subscriber, trigger
  audit       the audit log, who did what and when: list, export to CSV
  settings    list, get, set
  api-tokens  tokens for the JSON API: add, list, revoke
  sms-http    the HTTP SMS gateway endpoint: secret, disable, status
  dial        place one test leg through the routes and report each step
  demo        add the demo subscribers, DIDs, gateway and rates to an empty database
  backup      write a consistent copy of the database (--output FILE); check a backup
  restore     replace all data with a checked backup (refused while a switch runs)

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
    <message>
        <source>%1 takes no option --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-03-04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date or time; write 2026-03-04, 2026-03-04T18:30 (in the billing time zone) or 2026-03-04T18:30Z (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output: name the CSV file to write, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigCommands</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--buy-table: there is no buy table called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2:%3): no answer within %4 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2:%3): %4 %5 in %6 ms
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rebound-switch gateways list | show NAME | delete NAME | ping NAME [--timeout S]
       rebound-switch gateways add --name N --host H [--port 5060] [--transport udp|tcp|tls]
         [--username U --password-stdin|--password-file F --realm R] [--strip-digits N] [--add-prefix DIGITS]
         [--caller-id NUMBER] [--buy-table NAME] [--max-calls N] [--trusted ADDR,SUBNET/BITS]
         [--sms yes|no] [--enabled yes|no]
       rebound-switch gateways set NAME [the same options]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no gateway called &apos;%1&apos;; gateways list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUY TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRUSTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added gateway %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved gateway %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted gateway %1 and its routes.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rebound-switch routes list | add --prefix DIGITS --gateway NAME [--priority 100] | delete ID
       (an empty --prefix routes every number)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GATEWAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gateway: there is no gateway called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added route #%1: %2 via %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routes delete takes the route&apos;s id (routes list shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted route #%1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rebound-switch dids list | delete NUMBER
       rebound-switch dids add NUMBER --account CODE [--mode did|lgw --gateway NAME] [--enabled yes|no] [--ask-pin yes|no]
       rebound-switch dids set NUMBER [--account CODE] [--mode did|lgw] [--gateway NAME] [--enabled yes|no] [--ask-pin yes|no]
--ask-pin yes: the IVR asks for the subscriber&apos;s PIN on callbacks from this DID.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (asks for the PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no DID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted DID +%1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DID +%1 already exists; use dids set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no DID %1; use dids add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account: there is no subscriber %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account: say which subscriber this DID calls back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode is did or lgw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 DID +%2 for %3 (%4).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rebound-switch settings list [--all] | get KEY | describe KEY
       rebound-switch settings set KEY VALUE [KEY VALUE ...] | reset KEY [KEY ...]
list shows every setting with its value (* marks a default); --all adds keys no
setting of this version knows. set checks every value first and saves all or none;
an empty VALUE means none where a setting allows it, else the default.
Settings marked &apos;restart&apos; are read when the switch starts.
Secrets are made by commands, not set: the card PIN key (a file beside the database,
DATABASE.pin-key) by the switch, sms.http_secret by rebound-switch sms-http secret.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a secret and is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting called %1; &apos;settings list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read when the switch starts: restart it after a change.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the switch to use the new value.
</source>
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
    <name>CreditManager</name>
    <message>
        <source>Subscriber #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber %1 is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber %1 already has %2 call(s) in progress, the most allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber %1 does not have enough credit for this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit reservation #%1 does not exist (already settled?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settling a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releasing reserved credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditRepository</name>
    <message>
        <source>reading reserved credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading available credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking a subscriber&apos;s credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserving credit</source>
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
        <source>%1 is not a Rebound database (it is not an SQLite file); it has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this Rebound only knows versions up to %3. It was written by a newer Rebound; it has not been changed. Upgrade Rebound to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
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
        <source>ending a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>Cannot take the lock %1 beside the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebound-switch serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Rebound console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another switch is running on %1: %2, PID %3. Stop it first; commands that only read or change data work beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A switch is running on %1: %2, PID %3. Stop it before restoring a backup; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Usage: rebound-switch [--db PATH] demo

Adds the demo data (5 subscribers with portal password %1, 3 DIDs, three
gateways on 127.0.0.1, rates, a batch of charge-up cards) and %2 days of call
history ending now (callbacks billed by the billing rule, top-ups in the
ledger) to a database that has no subscribers yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has subscribers; the demo data goes only into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data and %1 days of call history added to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo subscriber created on first start; close it when you have real ones.</source>
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
</context>
<context>
    <name>DemoHistory</name>
    <message>
        <source>The demo history needs the demo subscriber %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo history needs the Demo carrier gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo wholesale prices of another carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo top-up cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo plan has no rate for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo history has no route to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoRepository</name>
    <message>
        <source>marking demo subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>giving demo subscribers a plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialCommand</name>
    <message>
        <source>Send the leg out through this LGW DID&apos;s gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to stay connected once answered (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our SIP address (default 127.0.0.1 on any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rebound-switch [--db PATH] dial NUMBER [--lgw-did DID] [--hold S] [--sip-listen ADDR:PORT]

Places one test leg the way a callback would (routes, least cost, failover, digest
authentication) and prints each step. The leg carries no audio: it is a signalling test.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dial needs an application event loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an LGW DID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hold is 0 to 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP on %1; dialling %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered via %1; hanging up in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended: %1</source>
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
    <name>Dialogs</name>
    <message numerus="yes">
        <source>%n call(s) in progress end now; they are billed up to now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found in %1: %2; nothing was imported. Fix the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DidTrigger</name>
    <message>
        <source>INVITE %1 from untrusted %2: 403</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVITE %1 from %2 (%3): no such DID, 404</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no caller ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller %1 is not a registered phone of subscriber %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVITE %1 from %2 (%3): 486, no callback: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVITE %1 from %2 (%3): 486, callback request #%4 for %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FraudMonitor</name>
    <message>
        <source>suspended by the fraud alarm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (account suspended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 asked for %2 callbacks in the last hour (alarm above %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 spent %2 in the last hour (alarm above %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 called +%2 at %3 a minute (alarm above %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribers spent %1 in the last hour (alarm above %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway %1 answered %2 of %3 attempts in the last hour (alarm below %4 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayModels</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayRepository</name>
    <message>
        <source>listing gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting gateway #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a route for prefix &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting route #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing DIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up a DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding DID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving DID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DID #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting DID #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostPort</name>
    <message>
        <source>%1 is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is in use by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an address of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 needs administrator rights (ports below 1024 do)</source>
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
    <name>Period</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <source>Enter the PIN printed on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card PIN has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card PIN has %1 to %2 digits; this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not valid; check the digits and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinKey</name>
    <message>
        <source>Cannot write the card PIN key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the card PIN key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card PIN key %1 is damaged: restore it from your backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card PIN key %1 is missing, and cards exist: restore the key from the backup you made with the database. A new key would make every printed PIN worthless.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptSet</name>
    <message>
        <source>Cannot read the prompt %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt %1 is %2 Hz, %3 channel(s); prompts must be 8000 Hz mono 16-bit PCM WAV. Convert it, e.g. with: sox in.wav -r 8000 -c 1 -b 16 out.wav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt %1 is truncated: %2 of %3 samples read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt folder %1 holds no .wav files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 IVR prompts (%2): subscribers speaking %1 hear English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 IVR prompts are not used (%2): subscribers speaking %1 hear English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 IVR prompts lack these, which are spoken in English: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicAddress</name>
    <message>
        <source>&apos;%1&apos; is not an IP address or host name with an optional port; write it like 203.0.113.7, sip.example.com:5070 or [2001:db8::7]:5060.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the port is the one the router forwards to the switch, 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address others can reach the switch at; give the router&apos;s public address, such as 203.0.113.7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateCache</name>
    <message>
        <source>Rate table #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the sheet as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; — only a comma, semicolon or tab can separate columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix &apos;%1&apos; must contain only digits (a leading + and spaces or dashes are allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix &apos;%1&apos; has %2 digits; at most %3 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix &apos;%1&apos; starts with 0; write the country code without an international access code, e.g. 44 rather than 0044</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>increment &apos;%1&apos; — both parts must be whole numbers from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>increment &apos;%1&apos; must be a whole number of seconds from 1 to %2, or first/next such as 60/60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next increment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must be a whole number of seconds from 1 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must be a whole number of seconds from 0 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date; use YYYY-MM-DD, optionally with a time such as 2024-03-01 12:00 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid to &apos;%1&apos; must be after valid from &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a time from 00:00 to 24:00 (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time from &apos;%1&apos; has no time to; give both ends of the window or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time to &apos;%1&apos; has no time from; give both ends of the window or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time from &apos;%1&apos; cannot be 24:00; use 00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time window %1-%2 is empty; leave both times out (or use 00:00-24:00) for the whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days &apos;%1&apos; — use day names such as Mon-Fri or Sat,Sun, or a mask such as 1111100 (Monday first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days &apos;%1&apos; selects no day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns %1 (&apos;%2&apos;) and %3 (&apos;%4&apos;) both give the %5; keep only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no %1 column (recognised names: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has both an increment column and first/next increment columns; keep one or the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed (a &apos;&quot;&apos; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rates found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least 3 columns (prefix, destination, rate) but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix %1 already appears on line %2 with the same validity and hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateRepository</name>
    <message>
        <source>listing rate tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a rate table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate table needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating rate table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting rate table #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate table #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the rates of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the rates revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a rates change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateService</name>
    <message>
        <source>Name the rate table to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 table, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a new table: choose whether it is a sell plan (what subscribers pay) or a buy table (what a gateway charges).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate table #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the sell plan to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sell plan must be a different table from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a buy table; the markup tool writes sell plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from %1 by the markup tool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatesCommand</name>
    <message>
        <source>Name the rate table with --table (or --plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rate table called &apos;%1&apos;; rates list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds from 0 to 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at &apos;%1&apos; is not a date and time; write it like 2026-03-04T18:30 (reseller&apos;s time zone) or 2026-03-04T18:30Z (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, minimum %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, grace %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: this destination is not in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: no buy rate for this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RATES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rates import needs exactly one CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the rate table to fill with --table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be sell or buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>rebound-switch: %n problem(s) found; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 rates into %2 (replacing %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 rates of %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--callback needs --account CODE (whose plan and credit to use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no subscriber with account code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber %1 has no sell plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in subscriber %2&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber %1 cannot afford this call: %2 available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest talk time: %1 s (%2:%3) for %4 of %5 available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg A (callback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg B (destination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total price %1, cost %2, profit %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the sell plan to write with --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--increments must look like 30/6 (seconds, 1 to 3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 sell rates to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rebound-switch [--db PATH] [--json] rates SUBCOMMAND

  list [--table NAME [--search TEXT]]   tables, or the rates of one
  import FILE --table NAME [--kind sell|buy] [--currency CODE]
                                        replace a table&apos;s rates from a carrier CSV;
                                        a file with any bad row changes nothing
  export --table NAME [--output FILE]   CSV to stdout or a file
  quote --plan NAME --number N --seconds S [--at TIME] [--buy TABLE]
  quote --account CODE --callback A --destination B --seconds-a SA --seconds-b SB
  quote --account CODE --callback A --destination B --seconds-a SA --max-talk
                                        longest talk time the account can afford now
  markup --from BUY --to SELL [--percent 60] [--fixed 0.002] [--step 0.001]
         [--increments 30/6]            build a sell plan from a buy table
  delete --table NAME

--at takes 2026-03-04T18:30 (billing time zone) or 2026-03-04T18:30Z (UTC).
A quote&apos;s cost is the buy table of the gateway the switch would dial first
(longest route prefix, then priority, then least cost); --buy prices another.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate table name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix or destination text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sell or buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell plan name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy table name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback number (leg A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination (leg B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg A seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg B seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the longest affordable talk time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy table to mark up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell plan to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed margin per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round sell rates up to this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell increments, e.g. 30/6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run rebound-switch rates --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rates subcommand; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted rate table %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>reading call records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a call record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up calls by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up calls over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting failed calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding up the ledger&apos;s call charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting callback requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting calls in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding low balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing hang-up reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsCommand</name>
    <message>
        <source>--%1 is missing: a report covers --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: %1 is before --from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account: there is no subscriber with account code %1; accounts list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--destination: give a number&apos;s start such as +44, or part of a destination&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls match.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALLBACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TALK S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), newest first; times in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> There are more; --limit N shows N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s charged, sell %2, cost %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sell %1, cost %2, profit %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cdrs show takes a call&apos;s id (cdrs list shows them), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call %1; cdrs list shows the calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n call(s) to %1.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, completed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, answered %2 (ASR %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s (ACD %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (margin %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger call charges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit by %1, %2 (%3)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANSWERED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACD S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAID MIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REVENUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARGIN %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rebound-switch [--db PATH] [--json] cdrs SUBCOMMAND

  list [--from DATE] [--to DATE] [--account CODE] [--destination PREFIX|TEXT] [--limit N]
                    the calls, newest first (50 unless --limit says more)
  show ID           one call: both legs&apos; figures and its timeline
  export [--from DATE] [--to DATE] [--account CODE] [--destination PREFIX|TEXT]
         [--output FILE]
                    CSV, one row per call with both legs in columns (stdout without
                    --output)

DATE is YYYY-MM-DD, a local day in the billing time zone (setting billing.timezone);
both days are included. --destination: digits match the number&apos;s start (+44 7700),
other text part of the destination&apos;s name.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rebound-switch [--db PATH] [--json] reports REPORT --from DATE --to DATE

  summary       callbacks requested and completed, calls, answered, talk time, paid
                minutes, revenue, cost, profit, margin, ASR, ACD
  destinations  profit by destination
  gateways      profit by gateway, the buy side (counts legs: each attempt is bought
                from the gateway that carried it)
  subscribers   profit by subscriber
  triggers      profit by trigger (DID, LGW, SMS, web, API, console)

DATE is YYYY-MM-DD, a local day in the billing time zone (setting billing.timezone);
both days are included. Money in --json is a decimal string.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cdrs show needs a call&apos;s id (cdrs list shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cdrs subcommand; use list, show or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a report; use summary, destinations, gateways, subscribers or triggers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RootGuard</name>
    <message>
        <source>%1 belongs to the user %2; run as root, rebound-switch would leave files owned by root beside it that the switch cannot open. Run the command as %2 instead: runuser -u %2 -- rebound-switch --db %1 …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteRepository</name>
    <message>
        <source>finding the routes for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sdp</name>
    <message>
        <source>SDP line %1 is not of the form x=value: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDP must start with v=0 (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDP line %1 has an unusable connection address: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDP line %1: an m= line needs media, port, protocol and formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDP line %1: &quot;%2&quot; is not a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDP line %1: &quot;%2&quot; is not an RTP payload type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDP line %1: malformed a=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDP line %1: malformed a=rtpmap &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SDP body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SDP has no m= line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDP stream %1 (%2) has no connection address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No common audio codec: the switch speaks PCMU and PCMA only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SDP has no active audio stream</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Usage: rebound-switch [--db PATH] serve [--sip-listen ADDR:PORT] [--web-listen ADDR:PORT|off]

Runs the switch until SIGINT (Ctrl+C) or SIGTERM. SIP listens on the setting
sip.listen (default 127.0.0.1:5060) unless --sip-listen says otherwise; the web
portal on web.listen (default 127.0.0.1:8080) unless --web-listen does.
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
        <source>rebound-switch: running, SIP on %1; stop with Ctrl+C or SIGTERM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebound-switch: received %1, stopping</source>
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
        <source>removing setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsHttpEndpoint</name>
    <message>
        <source>Use GET or POST for /sms.</source>
        <translation>Utilisez GET ou POST pour /sms.</translation>
    </message>
    <message>
        <source>Too many requests from this address; try again shortly.</source>
        <translation>Trop de requêtes depuis cette adresse ; réessayez sous peu.</translation>
    </message>
    <message>
        <source>The HTTP SMS gateway endpoint is disabled: the operator enables it with &apos;rebound-switch sms-http secret&apos;.</source>
        <translation>Le point d’accès HTTP de la passerelle SMS est désactivé : l’opérateur l’active avec &apos;rebound-switch sms-http secret&apos;.</translation>
    </message>
    <message>
        <source>Wrong or missing secret.</source>
        <translation>Secret erroné ou absent.</translation>
    </message>
    <message>
        <source>Missing the sender&apos;s number: send it as %1.</source>
        <translation>Numéro de l’expéditeur absent : envoyez-le dans %1.</translation>
    </message>
    <message>
        <source>Missing the message text: send it as %1.</source>
        <translation>Texte du message absent : envoyez-le dans %1.</translation>
    </message>
    <message>
        <source>The sender is longer than %1 characters.</source>
        <translation>L’expéditeur dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters.</source>
        <translation>Le message dépasse %1 caractères.</translation>
    </message>
</context>
<context>
    <name>SmsParser</name>
    <message>
        <source>Send: ACCOUNT CALLBACK-NUMBER DESTINATION, BALANCE, or RECHARGE PIN.</source>
        <translation>Envoyez : COMPTE NUMÉRO-DE-RAPPEL DESTINATION, BALANCE ou RECHARGE PIN.</translation>
    </message>
    <message>
        <source>Write PIN and then the account&apos;s PIN, e.g. 1001 PIN 123456 +12025550147.</source>
        <translation>Écrivez PIN puis le PIN du compte, p. ex. 1001 PIN 123456 +12025550147.</translation>
    </message>
    <message>
        <source>The message is empty. %1</source>
        <translation>Le message est vide. %1</translation>
    </message>
    <message>
        <source>The message is too long. %1</source>
        <translation>Le message est trop long. %1</translation>
    </message>
    <message>
        <source>Send BALANCE, or BALANCE and your account code (and PIN 123456 with your PIN from another phone).</source>
        <translation>Envoyez BALANCE, ou BALANCE et votre code de compte (et PIN 123456 avec votre PIN depuis un autre téléphone).</translation>
    </message>
    <message>
        <source>Send RECHARGE followed by the PIN printed on the card.</source>
        <translation>Envoyez RECHARGE suivi du PIN imprimé sur la carte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an account code. %2</source>
        <translation>&apos;%1&apos; n’est pas un code de compte. %2</translation>
    </message>
    <message>
        <source>Add the number to call after your account code.</source>
        <translation>Ajoutez le numéro à appeler après votre code de compte.</translation>
    </message>
    <message>
        <source>Too many words. %1</source>
        <translation>Trop de mots. %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number.</source>
        <translation>&apos;%1&apos; n’est pas un numéro de téléphone.</translation>
    </message>
</context>
<context>
    <name>SmsService</name>
    <message>
        <source>Sorry, we could not take your text just now. Please try again in a minute.</source>
        <translation>Désolé, nous n’avons pas pu prendre votre SMS pour l’instant. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>SMS from %1 via %2 not read: %3</source>
        <translation>SMS de %1 via %2 non lu : %3</translation>
    </message>
    <message>
        <source>SMS from %1 via %2: &quot;%3&quot; -&gt; &quot;%4&quot;</source>
        <translation>SMS de %1 via %2 : « %3 » -&gt; « %4 »</translation>
    </message>
</context>
<context>
    <name>SmsTrigger</name>
    <message>
        <source>This phone is not registered to an account.</source>
        <translation>Ce téléphone n’est rattaché à aucun compte.</translation>
    </message>
    <message>
        <source>Account %1: balance %2.</source>
        <translation>Compte %1 : solde %2.</translation>
    </message>
    <message>
        <source>This phone is not registered to an account, so the card cannot be used from it.</source>
        <translation>Ce téléphone n’est rattaché à aucun compte, la carte ne peut donc pas être utilisée depuis celui-ci.</translation>
    </message>
    <message>
        <source>Added %1. Account %2 balance: %3.</source>
        <translation>%1 ajouté. Solde du compte %2 : %3.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This phone is not registered to that account, or the PIN is wrong. From another phone, add the PIN: ACCOUNT PIN 123456 NUMBER.</source>
        <translation>Ce téléphone n’est pas rattaché à ce compte, ou le PIN est erroné. Depuis un autre téléphone, ajoutez le PIN : COMPTE PIN 123456 NUMÉRO.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>OK: we will call you on %1 and connect you to %2.</source>
        <translation>OK : nous vous appelons au %1 et vous connectons au %2.</translation>
    </message>
    <message>
        <source>Not repeated: %1. Please wait.</source>
        <translation>Non répété : %1. Veuillez patienter.</translation>
    </message>
    <message>
        <source>Sorry, no callback: %1.</source>
        <translation>Désolé, pas de rappel : %1.</translation>
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
    <name>WebPortal</name>
    <message>
        <source>Too many requests from your address; wait a moment.</source>
        <translation>Trop de requêtes depuis votre adresse ; patientez un instant.</translation>
    </message>
    <message>
        <source>Something went wrong on our side. Please try again in a moment.</source>
        <translation>Un problème est survenu de notre côté. Veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <source>Please try again</source>
        <translation>Veuillez réessayer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>This form was out of date or did not come from this site. Nothing was changed.</source>
        <translation>Ce formulaire était périmé ou ne venait pas de ce site. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Method not allowed.</source>
        <translation>Méthode non autorisée.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>Identifiant membre</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Have a prepaid calling card? Activate it</source>
        <translation>Vous avez une carte d’appel prépayée ? Activez-la</translation>
    </message>
    <message>
        <source>The sign-in form had expired. Please try again.</source>
        <translation>Le formulaire de connexion a expiré. Veuillez réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop d’échecs de connexion. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop d’échecs de connexion. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The member ID or password is not right.</source>
        <translation>L’identifiant membre ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Membre %1</translation>
    </message>
    <message>
        <source>%1 held by calls in progress</source>
        <translation>%1 réservé par des appels en cours</translation>
    </message>
    <message>
        <source>Your balance</source>
        <translation>Votre solde</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translation>Rappelez-moi</translation>
    </message>
    <message>
        <source>Call me back on</source>
        <translation>Rappelez-moi au</translation>
    </message>
    <message>
        <source>Then connect me to</source>
        <translation>Puis connectez-moi au</translation>
    </message>
    <message>
        <source>Numbers in international form, such as +44 20 7946 0958. We ring your phone first; answer it, and we connect you.</source>
        <translation>Numéros au format international, comme +33 1 23 45 67 89. Nous appelons d’abord votre téléphone ; décrochez, et nous vous connectons.</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Bonjour %1</translation>
    </message>
    <message>
        <source>Call me back on: %1</source>
        <translation>Rappelez-moi au : %1</translation>
    </message>
    <message>
        <source>Connect me to: %1</source>
        <translation>Connectez-moi au : %1</translation>
    </message>
    <message>
        <source>Your account has no price plan yet; please contact us.</source>
        <translation>Votre compte n’a pas encore de plan tarifaire ; veuillez nous contacter.</translation>
    </message>
    <message>
        <source>We cannot call %1 on your plan.</source>
        <translation>Nous ne pouvons pas appeler le %1 avec votre plan.</translation>
    </message>
    <message>
        <source>Calls to %1 are not in your plan.</source>
        <translation>Les appels vers %1 ne font pas partie de votre plan.</translation>
    </message>
    <message>
        <source>Your balance is too low for a call to %1. Please top up first.</source>
        <translation>Votre solde est insuffisant pour un appel vers %1. Veuillez d’abord recharger.</translation>
    </message>
    <message>
        <source>A callback to this phone is already in progress or was asked for a moment ago. Please wait a minute.</source>
        <translation>Un rappel vers ce téléphone est déjà en cours ou vient d’être demandé. Veuillez patienter une minute.</translation>
    </message>
    <message>
        <source>No callback: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>There is no such callback request.</source>
        <translation>Cette demande de rappel n’existe pas.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Answer your phone and listen.</source>
        <translation>Décrochez votre téléphone et écoutez.</translation>
    </message>
    <message>
        <source>Your phone did not answer; we will try again shortly.</source>
        <translation>Votre téléphone n’a pas répondu ; nous réessaierons sous peu.</translation>
    </message>
    <message>
        <source>We are about to ring your phone.</source>
        <translation>Nous allons appeler votre téléphone.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number you key in</source>
        <translation>le numéro que vous composez</translation>
    </message>
    <message>
        <source>Back to your account</source>
        <translation>Retour à votre compte</translation>
    </message>
    <message>
        <source>Your callback</source>
        <translation>Votre rappel</translation>
    </message>
    <message>
        <source>Calling you</source>
        <translation>Appel de votre téléphone</translation>
    </message>
    <message>
        <source>Calling the destination</source>
        <translation>Appel de la destination</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abouti</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls yet.</source>
        <translation>Aucun appel pour l’instant.</translation>
    </message>
    <message>
        <source>Your calls</source>
        <translation>Vos appels</translation>
    </message>
    <message>
        <source>Scratch your charge-up card and type its PIN.</source>
        <translation>Grattez votre carte de recharge et saisissez son PIN.</translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation>PIN de la carte</translation>
    </message>
    <message>
        <source>%1 added. Your balance is now %2.</source>
        <translation>%1 ajouté. Votre solde est maintenant de %2.</translation>
    </message>
    <message>
        <source>Type the serial number printed on your prepaid calling card and the PIN under the scratch panel. You get a new account holding the card&apos;s value.</source>
        <translation>Saisissez le numéro de série imprimé sur votre carte d’appel prépayée et le PIN sous la zone à gratter. Vous obtenez un nouveau compte crédité de la valeur de la carte.</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Already have an account? Sign in</source>
        <translation>Vous avez déjà un compte ? Connectez-vous</translation>
    </message>
    <message>
        <source>Activate a calling card</source>
        <translation>Activer une carte d’appel</translation>
    </message>
    <message>
        <source>The form had expired. Please try again.</source>
        <translation>Le formulaire a expiré. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Type the card&apos;s serial number.</source>
        <translation>Saisissez le numéro de série de la carte.</translation>
    </message>
    <message>
        <source>Your member ID</source>
        <translation>Votre identifiant membre</translation>
    </message>
    <message>
        <source>Your new account holds %1.</source>
        <translation>Votre nouveau compte est crédité de %1.</translation>
    </message>
    <message>
        <source>Your password is the card&apos;s PIN. Sign in and change it; keep the card until you have.</source>
        <translation>Votre mot de passe est le PIN de la carte. Connectez-vous et changez-le ; gardez la carte jusque-là.</translation>
    </message>
    <message>
        <source>Card activated</source>
        <translation>Carte activée</translation>
    </message>
    <message>
        <source>Your calling card is active.</source>
        <translation>Votre carte d’appel est active.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>Nouveau mot de passe (au moins 8 caractères)</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Changez votre mot de passe</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>Le nouveau mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Les deux nouveaux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not valid; check the digits and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That serial number and PIN are not of one card that can be used. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN does not belong to a card that can be used. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has already been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has been cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a charge-up card: use it to top up an existing account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a prepaid calling card: activate it to get a new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card cannot open an account. Please contact us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account cannot be topped up; it does not exist or is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::SwitchCore</name>
    <message numerus="yes">
        <source>Closed and billed %n call(s) left open by an earlier stop</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SIP listen address; write it like 127.0.0.1:5060.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sip.public_address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sip.public_address: %1 cannot be resolved (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTP from %1 ignored on media session %2: not the call&apos;s peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTP counters not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IVR prompts (%1): callback requests are recorded but not called back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup written: %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the callback settings failed (tried again in a second): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting callbacks not ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>call #%1 billed after %n more attempt(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>hung up from the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web portal off (web.listen is off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web portal not started: &apos;%1&apos; is not an address; write it like 127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web portal not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web portal on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the switch is stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an E.164 number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the switch is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests from %1: answering 503 for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) expired</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the prepaid card expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subscriber&apos;s account is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring cards failed (tried again in a minute): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditing untrusted INVITEs failed (tried again later): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n row(s) older than their retention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Removing old rows failed (tried again in an hour): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FRAUD ALARM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account was suspended by a fraud alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fraud check failed (tried again later): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the trusted gateways failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE from %1, which is not a trusted SMS gateway: 403</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::backup::DailyBackup</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::callback::CallbackSession</name>
    <message>
        <source>callback #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused a write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback #%1: warning tone, %2 s of credit left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no destination was given in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback #%1: key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audio from the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback #%1: a new offer without usable audio refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback #%1: leg %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback #%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subscriber has no sell plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subscriber&apos;s account is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the callback number %1 is not in the subscriber&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback #%1: %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback #%1: leg A: %2, cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no media port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg A answered without usable audio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback #%1: leg A audio %2, telephone-event %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg A: %1 %2, trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg A: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DID asks for a PIN and the subscriber has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many wrong PINs: locked out for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback #%1: PIN accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong PIN on callback #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback #%1: wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback #%1: prompt not played: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback #%1: destination %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid destination was entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the subscriber&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg B answered without usable audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call time limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback #%1: bridged, limit %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg B: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subscriber hung up before being connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg %1 ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback #%1: hanging up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback #%1: could not bill call #%2 yet: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback #%1: could not record the end: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback #%1: %2; said in English instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback #%1: time left told, %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback #%1: one minute left told</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console</name>
    <message>
        <source>Rebound backups (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was backed up to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card PIN key was saved beside it as %1; keep the two together: cards cannot be redeemed without the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the database from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all data in %1 with the backup from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current data is saved beside the database first, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was restored from %1.
The data it replaced was saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card PIN key was restored too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards of batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid calling card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate it on the web portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up on the web portal or by SMS: RECHARGE &lt;PIN&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid %1 days after activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::AddApiTokenDialog</name>
    <message>
        <source>New API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who uses it, such as website or crm: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. Callbacks it asks for show the source api:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All subscribers, including ones added later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only these subscribers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API refuses any request about another subscriber, and lists only these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Works through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day the token works, in %1. Without one it works until it is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a token called %1; revoke it first or pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::ApiTokenSecretDialog</name>
    <message>
        <source>API token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;API token %1&lt;/h3&gt;&lt;p&gt;For %2. %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works until it is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the only time the token is shown.&lt;/b&gt; Rebound keeps only a fingerprint of it and cannot show it again. Put it in the system that uses it now; if it is lost, revoke it and add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not copied the token. It cannot be shown again: without it, revoke the token and add a new one. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::ApiTokensModel</name>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (its subscribers were deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May act for every subscriber, including ones added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May act only for subscribers %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted at most once a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::ApiTokensPage</name>
    <message>
        <source>API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reseller&apos;s own systems, such as a web shop or a CRM, call the JSON API (/api/v1 on the web server) with a token to ask for callbacks and read balances. A token acts for all subscribers or only the ones chosen, and is refused once it has expired or been revoked. Times are in %1, the billing time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke API token %1? Every request with it is refused from now on. This cannot be undone; a new token can take the name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor such as console, cli or web:1001. Ending in : . or * matches every actor that starts with it: web: is every portal user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action such as account.add. Ending in . or * matches every action that starts with it: account. is every change to a subscriber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every entry of this filter to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first, times in %1. The newest %2 are shown; more load as you scroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first, times in %1. Entries: %2, all that match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been recorded yet. Changes made here or with rebound-switch, portal logins, refused triggers and card redemptions appear in this log as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded in %1. Choose a longer period, or All time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the details contain “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry in %1 matches: %2. Clear a filter or choose a longer period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit log… entries written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::BalanceDialog</name>
    <message>
        <source>Adjust balance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current balance: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10.00, or -2.50 to take money away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up (payment received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment (correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt number, ticket, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount of zero changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-ups and refunds add money; use Adjustment to take money away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::CallsModel</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed s A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed s B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang-up reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::CallsPage</name>
    <message>
        <source>Prefix (44) or name (Germany)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscriber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every call of this filter to a CSV file, legs in columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call to see its timeline: request, each leg, IVR, bridge and hang-up, with the rates it was billed at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (any reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), %1 answered (ASR %2), talk %3 min · revenue %4 · cost %5 · profit %6 (margin %7)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Call %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · sell %3, cost %4, profit %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n call(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::console::CardBatchesModel</name>
    <message>
        <source>%1 (void)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::CardsModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used / activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::CardsPage</name>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void &amp;card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void &amp;batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards in batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate %L1 %2 of %3 each, %4 in total?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepaid calling cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge-up cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void card %1? Its account %2 will be suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void card %1? It can never be used after this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Void batch %1? Its %n unused card(s) can never be used after this; cards already used stay as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export card inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 cards of batch %2 to %3 (serials and status; PINs are never stored).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::ChartWidget</name>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole period again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG image or a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, point at a bar or line for its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name ending in .png or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::DashboardPage</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top destinations by profit, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls and paid minutes per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue, cost and profit per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber</source>
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
        <source>Low balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why calls failed, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in progress</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answered calls in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active subscriber has less than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed calls in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::DidDialog</name>
    <message>
        <source>Edit DID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 212 555 0101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In international form: country code and number. Spaces, dashes and + are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: calls to it are answered 404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscriber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialling this number triggers a callback to this subscriber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DID: call back through the routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGW: leg A goes out through the in-country gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For LGW: the gateway in the subscriber&apos;s country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the subscriber&apos;s PIN in the IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a DID others may learn: the callback goes on only after the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add DID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::DidsModel</name>
    <message>
        <source>LGW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg A goes out through the in-country gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriber is called back through the routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway (LGW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::DidsPage</name>
    <message>
        <source>DIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add DID…</source>
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
        <source>A subscriber dials their DID; the switch answers busy (so the call costs nothing) and calls them back. With LGW, that call back (leg A) goes out through the gateway in the subscriber&apos;s country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete DID %1? Subscriber %2 can no longer trigger callbacks by dialling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete DID %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete DID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::GatewayDialog</name>
    <message>
        <source>Edit gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sip.carrier.example or 203.0.113.7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest credentials for calls sent to this gateway; empty if it needs none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Realm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strip digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading digits removed from the number before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits put in front of the number after stripping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caller ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number presented on calls; empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: cost unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buy table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this gateway charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Max calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>203.0.113.7, 198.51.100.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses and subnets allowed to send DID calls and SMS, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept SMS (SIP MESSAGE) triggers from this gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add gateway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::GatewaysModel</name>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody may send this gateway&apos;s DID calls or SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::GatewaysPage</name>
    <message>
        <source>Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add gateway…</source>
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
        <source>&amp;Test reachability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a SIP OPTIONS request to the selected gateway through the switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a gateway and choose Test reachability to send it a SIP OPTIONS request through the switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ro&amp;ute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete gateway %1 and its %n route(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot test %1: the switch is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending OPTIONS to %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reachable: %2 %3 in %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPTIONS to %1: %2 %3 after %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the route for %1 via %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::GenerateCardsDialog</name>
    <message>
        <source>Generate cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge-up cards (top up an existing account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid calling cards (each opens a new account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number of cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell &amp;plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. TOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial p&amp;refix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the last batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;serial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after activation (calling cards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::GeneratedBatchDialog</name>
    <message>
        <source>Cards generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Batch %1: %2 cards&lt;/h3&gt;&lt;p&gt;Serials %3 to %4, %5 each.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The PINs are shown only now.&lt;/b&gt; Save them for printing; they are not stored anywhere and cannot be recovered later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF for printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save card PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved CSV to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save cards for printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved PDF to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PINs not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PINs have not been saved. Without them the cards cannot be used; void the batch if you close now. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::ImportRatesDialog</name>
    <message>
        <source>Import rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &lt;b&gt;%1&lt;/b&gt; into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell plan (what subscribers pay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy table (what a gateway charges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n rate(s) now in this table will be replaced. If any line of the file is wrong, nothing changes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A new table will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a table or type the name of a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO code such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::LiveCallsModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::LiveCallsPage</name>
    <message>
        <source>Live calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hang up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected callback (both legs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The switch is not running in this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callback in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) in progress.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up callback #%1 for subscriber %2?</source>
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
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New subscriber…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New rate table from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New card batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New DID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New API token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import subscribers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport subscribers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set-up assistant…</source>
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
        <source>⚠ %n call(s) not billed yet, retrying</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Fraud alarm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings page has changes that are not applied. Apply them?</source>
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
    <name>rebound::console::MarkupDialog</name>
    <message>
        <source>Markup tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a sell plan from a buy table: cost plus a percentage and/or a fixed amount per minute, rounded up, never below cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;buy table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;sell plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin (&amp;%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus per &amp;minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the carrier&apos;s, or e.g. 30/6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell &amp;increments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark up connect fees too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build sell plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus per minute: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round up to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell increments look like 30/6: first and next, in seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no buy table to start from; import one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sell plan to write, or type the name of a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a buy table; the markup tool writes sell plans.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::PeriodPicker</name>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::RateTablesModel</name>
    <message>
        <source>Sell plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::RatesModel</name>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::RatesPage</name>
    <message>
        <source>Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markup tool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search prefix or destination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell &amp;plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route&apos;s gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or build a sell plan to test rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number to see how a call to it is priced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is not in plan %2: calls to it are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect fee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first %1 s free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; matches &lt;b&gt;%2&lt;/b&gt; %3&lt;br&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Charged &lt;b&gt;%1 s&lt;/b&gt;: price &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Cost %1 (%2 s at %3/min, prefix %4): profit &lt;b&gt;%5&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Cost unknown: no buy rate for this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate sheets (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rates into %2 (replacing %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 rates of %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 sell rates to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rate table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n rate(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still used by subscribers, gateways or card batches; give them another table first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::ReportsPage</name>
    <message>
        <source>Legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid min A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid min B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR and ACD for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls and paid minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue, cost and profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR and ACD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Revenue %1 equals the ledger&apos;s call charges for these calls (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Revenue %1 differs from the ledger&apos;s call charges for these calls (%2): calls in progress are not charged yet, or the ledger was changed by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASR %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACD seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebound profit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::RouteDialog</name>
    <message>
        <source>New route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 44 for the United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.164 digits the number starts with; empty for every number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the same prefix, lower numbers are tried first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add route</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::RoutesModel</name>
    <message>
        <source>(all numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::SettingsPage</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Restart the switch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These settings are read when the switch starts. Restarting it now ends the %n call(s) in progress; they are billed up to now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save and restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, restart later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty fields use the default shown in grey. Settings marked ⟳ are read when the switch starts: Apply restarts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Default: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the switch is restarting to use the new settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Restart the switch (Switch menu) to use the new settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::SetupWizard</name>
    <message>
        <source>Your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assistant sets Rebound up for real use. Each page is saved when you press Next; Cancel leaves the page you are on unsaved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;International prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people there dial before another country&apos;s code; several are separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ational prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialled before a national number, such as 0; empty: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(another country: type its plan below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s SIP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the switch answers carriers and phones. Use an address of this machine that the carrier can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, such as 203.0.113.7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublic address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por&amp;tal address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP gateway your calls go out through. Rebound checks it with an OPTIONS request; you can go on if it does not answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the carrier later, on the Gateways page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sip.carrier.example or 203.0.113.7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>203.0.113.7, 198.51.100.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every number through this carrier (a route for all numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in %1 s — check host, port and firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier&apos;s digest credentials; empty if it knows you by your address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses allowed to send DID calls and SMS, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the switch is not running; start it, then use Test reachability on the Gateways page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending OPTIONS to %1:%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered %1 %2 in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered %1 %2 after %3 ms — check host, port and firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Buy sheet and sell plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the carrier&apos;s rate sheet as its buy table; your sell plan is made from it with a markup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip: import rates later on the Rates page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the carrier&apos;s CSV rate sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate &amp;sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma, semicolon or tab separated, as carriers send them. A sheet with a bad line imports nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buy table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ll plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to every buy rate; sell rates are rounded up to 0.001 and never below cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier rate sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate sheets (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the carrier&apos;s rate sheet, or skip this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace rate tables?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are already rate tables called %1. Their rates are replaced by this sheet and the markup; subscribers on them are billed by the new rates at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give new names to keep the rate tables there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in %1: %2; nothing was imported. Fix the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first DID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number subscribers ring to be called back: the call is refused (so it costs them nothing) and the switch calls them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip: add DIDs later on the DIDs page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 212 555 0101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In international form: country code and number, as the carrier delivers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscriber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose DID it is; a DID without one is answered 404 until it gets one on the DIDs page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What works, and what is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page you went through is saved. The assistant can be run again from the Help menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved: %1, %2, home country code +%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database still holds the demo data. To start clean: rebound --no-demo --db NEWFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No switch runs in this console; start one (rebound-switch serve) to take calls on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The switch is listening on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The switch could not start on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The switch is stopped; start it to take calls on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The switch is starting on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1 (%2) was not checked: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for its answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No carrier gateway yet: add one on the Gateways page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways: %1 (use Test reachability on the Gateways page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routes: add one on the Gateways page so calls can go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 rates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway has a buy table: import the carrier&apos;s sheet on the Rates page and choose it in the gateway, or costs are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy table: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sell plan: make one with the markup tool on the Rates page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell plan: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DID yet: add one on the DIDs page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DID: +%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIDs: +%1 and %2 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscriber yet: add your first subscriber on the Subscribers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriber portal is off (Portal address on the SIP page, or the Settings page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriber portal is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriber portal will be at %1://%2 when the switch runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up assistant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::SipLogPage</name>
    <message>
        <source>SIP log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the view where it is while new lines arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for SIP activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The switch is not running in this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch failed: %1</source>
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
        <source>P&amp;IN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN. 6 to 12 digits, for the IVR and for SMS sent from other phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: 6 to 12 digits, for the IVR and for SMS sent from other phones.</source>
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
        <source>The phone the switch calls back. An earlier callback number stays a registered phone until it is removed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone the switch calls back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only from the registered phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DID triggers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing a DID asks for a callback only from the subscriber&apos;s own phones (once one is registered).</source>
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
        <source>no limit</source>
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
        <source>(none: calls are refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell p&amp;lan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rates this subscriber pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered p&amp;hones:</source>
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
    <message>
        <source>%1 (callback number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every callback number the subscriber has had. These phones may ask for a callback by SMS without the PIN and ring the subscriber&apos;s DIDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove registered phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the registered phones of subscriber %2? Once you save, it can no longer ask for a callback by SMS without the PIN or ring the subscriber&apos;s DIDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed when you save: %1</source>
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
        <source>Adjust &amp;balance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add subscribers from a CSV file; a file with any bad line changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every subscriber as a CSV file, without passwords or PINs</source>
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
    <message>
        <source>Adjust balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subscribers imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 subscribers to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::console::SwitchStatusLabel</name>
    <message>
        <source>not started by this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch: stopping, ending the calls in progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch: SIP running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch: SIP on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded callback switch is answering SIP; see the SIP log page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console keeps working without the switch, but no callbacks are placed.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::media::MediaEngine</name>
    <message>
        <source>The media bind address %1 is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open an RTP socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free RTP port on %1 in %2-%3; widen media.port_min/port_max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media address %1 is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no prompt called &quot;%1&quot; in the %2 prompt set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no prompt called &quot;%1&quot; in the %2 or the %3 prompt set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::network::DidService</name>
    <message>
        <source>DID #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DID %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the DID number, e.g. +1 212 555 0101.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an international number: use 3 to 15 digits starting with the country code (not 0), optionally after a +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DID %1 already exists (subscriber %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DID %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An LGW DID needs the gateway that leg A goes out through; choose one, or set the mode to DID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::network::GatewayService</name>
    <message>
        <source>Enter the gateway&apos;s host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or IP address (like sip.carrier.example or 203.0.113.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, &apos;%2&apos;, is neither an IP address nor a subnet; write them like 203.0.113.7 or 198.51.100.0/24, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name, e.g. the carrier&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a gateway named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (SIP uses 5060, TLS 5061).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transport is udp, tcp or tls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strip from 0 to %1 leading digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix may contain only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the caller ID as a phone number, e.g. +12125550100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate table #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a sell plan; a gateway&apos;s costs come from a buy table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow from 0 (no limit) to %1 calls at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still the gateway of LGW DIDs; give them another gateway or make them plain DIDs first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::network::RouteService</name>
    <message>
        <source>The prefix may contain only digits (at most 15), like 44 or 1212; leave it empty to route every number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the gateway these numbers go out through; add one first if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority is a number from 0 to %1; for the same prefix, lower numbers are tried first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a route for every number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a route for prefix %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::routing::LegDialer</name>
    <message>
        <source>no response from the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route to this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway %1 is at its call limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trying %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::settings::Catalog</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is 0 (off) or at least 90 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an amount such as 5 or 2.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one line of at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write an IP address and port, such as 192.168.1.20:%2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: write an IP address of this computer, such as 192.168.1.20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no readable file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone; use an IANA name such as Europe/London.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO code such as USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: digits separated by commas, such as 00,011.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::settings::SettingsService</name>
    <message>
        <source>%1 is made by &apos;rebound-switch sms-http secret&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is created by the switch and cannot be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting called %1; &apos;settings list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest RTP port must be above the lowest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS needs both the TLS certificate and its key; set both or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::sip::SipStack</name>
    <message>
        <source>the other side hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP stack is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP stack needs Qt&apos;s GLib event dispatcher (the default on Debian); it is not in use here. Unset QT_NO_GLIB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the SIP event root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for SIP on %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for SIP on %1:%2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP listening on %1:%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact, Via and From name the public address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPTIONS to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVITE %1 (leg %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg %1: re-INVITE refused: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg %1: %2 challenge answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg %1: challenged for realm %2, but our credentials are for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg %1 answered after it was given up; hanging up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg %1 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg %1 failed: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg %1: new offer answered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg %1: re-INVITE sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE reply not delivered: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPTIONS answered %1 %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP stopped after waiting for calls that did not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebound::triggers::WebServer</name>
    <message>
        <source>&apos;%1&apos; is not an IP address to listen on.</source>
        <translation>&apos;%1&apos; n’est pas une adresse IP d’écoute.</translation>
    </message>
    <message>
        <source>Cannot read the web certificate %1.</source>
        <translation>Impossible de lire le certificat web %1.</translation>
    </message>
    <message>
        <source>Cannot read the web key %1.</source>
        <translation>Impossible de lire la clé web %1.</translation>
    </message>
    <message>
        <source>The web certificate or key is not a PEM certificate and private key.</source>
        <translation>Le certificat ou la clé web n’est pas un certificat et une clé privée PEM.</translation>
    </message>
    <message>
        <source>Cannot listen for HTTP on %1:%2 (in use?).</source>
        <translation>Impossible d’écouter en HTTP sur %1:%2 (déjà utilisé ?).</translation>
    </message>
    <message>
        <source>A page of another site sent this; use the switch&apos;s own pages.</source>
        <translation>Une page d’un autre site a envoyé ceci ; utilisez les pages du commutateur.</translation>
    </message>
    <message>
        <source>There is no such API call.</source>
        <translation>Cet appel d’API n’existe pas.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>The request took too long to arrive; send it again.</source>
        <translation>La requête a mis trop de temps à arriver ; renvoyez-la.</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>Le corps de la requête est trop volumineux.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>La requête est trop volumineuse.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are too large.</source>
        <translation>Les en-têtes de la requête sont trop volumineux.</translation>
    </message>
    <message>
        <source>Something went wrong; try again shortly.</source>
        <translation>Un problème est survenu ; réessayez sous peu.</translation>
    </message>
</context>
</TS>
