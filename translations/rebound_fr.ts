<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>(column %1 has no name)</source>
        <translation>(la colonne %1 n’a pas de nom)</translation>
    </message>
    <message>
        <source>columns %1 and %2 both give %3; keep only one</source>
        <translation>les colonnes %1 et %2 donnent toutes deux %3 ; n’en gardez qu’une</translation>
    </message>
    <message>
        <source>the columns must be separated by commas; save the file as &quot;CSV UTF-8 (comma delimited)&quot;</source>
        <translation>les colonnes doivent être séparées par des virgules ; enregistrez le fichier en « CSV UTF-8 (délimité par des virgules) »</translation>
    </message>
    <message>
        <source>unknown columns %1; the first line must name the columns, from: %2</source>
        <translation>colonnes inconnues %1 ; la première ligne doit nommer les colonnes, parmi : %2</translation>
    </message>
    <message>
        <source>the header has no account_code column, which is required</source>
        <translation>l’en-tête n’a pas de colonne account_code, qui est obligatoire</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Le fichier dépasse %1 Mo ; découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>This is not a CSV text file: it holds binary data (or UTF-16 text). Save the subscribers as CSV UTF-8, comma separated, and import that.</source>
        <translation>Ce n’est pas un fichier texte CSV : il contient des données binaires (ou du texte UTF-16). Enregistrez les abonnés en CSV UTF-8, séparé par des virgules, et importez-le.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>le texte n’est pas de l’UTF-8 valide ; enregistrez le fichier en UTF-8 (« CSV UTF-8 » dans Excel)</translation>
    </message>
    <message>
        <source>a quoted field is not closed (a &apos;&quot;&apos; is missing)</source>
        <translation>un champ entre guillemets n’est pas fermé (il manque un &apos;&quot;&apos;)</translation>
    </message>
    <message>
        <source>The file is empty; its first line must name the columns, such as account_code,name,callback_number.</source>
        <translation>Le fichier est vide ; sa première ligne doit nommer les colonnes, comme account_code,name,callback_number.</translation>
    </message>
    <message>
        <source>No subscribers found: the file has only the header line.</source>
        <translation>Aucun abonné trouvé : le fichier n’a que la ligne d’en-tête.</translation>
    </message>
    <message>
        <source>The file has %1 subscribers; at most %2 can be imported at once. Split it into smaller files.</source>
        <translation>Le fichier contient %1 abonnés ; au plus %2 peuvent être importés d’un coup. Découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>%1 values, but the header names %2 columns; quote a value that holds a comma</source>
        <translation>%1 valeurs, mais l’en-tête nomme %2 colonnes ; mettez entre guillemets une valeur qui contient une virgule</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>ligne %1, %2 : %3</translation>
    </message>
    <message>
        <source>… and %1 more problems; fix these and import again to see them.</source>
        <translation>… et %1 autres problèmes ; corrigez ceux-ci et importez de nouveau pour les voir.</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>listing subscribers</source>
        <translation>lecture de la liste des abonnés</translation>
    </message>
    <message>
        <source>reading a subscriber</source>
        <translation>lecture d’un abonné</translation>
    </message>
    <message>
        <source>reading callback numbers</source>
        <translation>lecture des numéros de rappel</translation>
    </message>
    <message>
        <source>removing a callback number of subscriber #%1</source>
        <translation>suppression d’un numéro de rappel de l’abonné n° %1</translation>
    </message>
    <message>
        <source>counting subscribers</source>
        <translation>comptage des abonnés</translation>
    </message>
    <message>
        <source>adding subscriber %1</source>
        <translation>ajout de l’abonné %1</translation>
    </message>
    <message>
        <source>saving subscriber %1</source>
        <translation>enregistrement de l’abonné %1</translation>
    </message>
    <message>
        <source>Subscriber #%1 does not exist.</source>
        <translation>L’abonné n° %1 n’existe pas.</translation>
    </message>
    <message>
        <source>deleting subscriber #%1</source>
        <translation>suppression de l’abonné n° %1</translation>
    </message>
    <message>
        <source>saving the callback number of subscriber #%1</source>
        <translation>enregistrement du numéro de rappel de l’abonné n° %1</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>Enter an account code (3 to 12 digits).</source>
        <translation>Saisissez un code de compte (3 à 12 chiffres).</translation>
    </message>
    <message>
        <source>The account code must be 3 to 12 digits, because subscribers type it on a phone keypad and in SMS.</source>
        <translation>Le code de compte doit comporter 3 à 12 chiffres, car les abonnés le tapent sur un clavier de téléphone et dans les SMS.</translation>
    </message>
    <message>
        <source>Account code %1 is already used by another subscriber.</source>
        <translation>Le code de compte %1 est déjà utilisé par un autre abonné.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>Le nom dépasse 100 caractères.</translation>
    </message>
    <message>
        <source>The member id must be 3 to 64 letters, digits or . _ @ -.</source>
        <translation>L’identifiant membre doit comporter 3 à 64 lettres, chiffres ou . _ @ -.</translation>
    </message>
    <message>
        <source>Member id %1 is already used by another subscriber.</source>
        <translation>L’identifiant membre %1 est déjà utilisé par un autre abonné.</translation>
    </message>
    <message>
        <source>Set a password so the subscriber can log in with the member id.</source>
        <translation>Définissez un mot de passe pour que l’abonné puisse se connecter avec l’identifiant membre.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Either set a new PIN or remove the PIN, not both.</source>
        <translation>Définissez un nouveau PIN ou supprimez le PIN, pas les deux.</translation>
    </message>
    <message>
        <source>The PIN must be 6 to 12 digits, because subscribers key it on a phone keypad and write it in SMS.</source>
        <translation>Le PIN doit comporter 6 à 12 chiffres, car les abonnés le tapent sur un clavier de téléphone et l’écrivent dans les SMS.</translation>
    </message>
    <message>
        <source>The PIN must not be the account code.</source>
        <translation>Le PIN ne doit pas être le code de compte.</translation>
    </message>
    <message>
        <source>DID callers must be registered (only the subscriber&apos;s registered phones may trigger a callback by ringing a DID) or any.</source>
        <translation>Les appelants DID doivent être registered (seuls les téléphones enregistrés de l’abonné peuvent déclencher un rappel en appelant un DID) ou any.</translation>
    </message>
    <message>
        <source>Callback number: %1</source>
        <translation>Numéro de rappel : %1</translation>
    </message>
    <message>
        <source>A new subscriber has no registered phones to remove.</source>
        <translation>Un nouvel abonné n’a aucun téléphone enregistré à supprimer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code; use a code such as en, de or es.</source>
        <translation>&apos;%1&apos; n’est pas un code de langue ; utilisez un code comme en, fr ou es.</translation>
    </message>
    <message>
        <source>Credit limit: %1</source>
        <translation>Limite de crédit : %1</translation>
    </message>
    <message>
        <source>The credit limit cannot be negative; 0 means prepaid only.</source>
        <translation>La limite de crédit ne peut pas être négative ; 0 signifie prépayé uniquement.</translation>
    </message>
    <message>
        <source>Concurrent calls must be a whole number from 0 to %1.</source>
        <translation>Les appels simultanés doivent être un nombre entier de 0 à %1.</translation>
    </message>
    <message>
        <source>An opening balance is only for a new subscriber; adjust the balance of an existing one instead.</source>
        <translation>Un solde d’ouverture ne vaut que pour un nouvel abonné ; ajustez plutôt le solde d’un abonné existant.</translation>
    </message>
    <message>
        <source>Opening balance: %1</source>
        <translation>Solde d’ouverture : %1</translation>
    </message>
    <message>
        <source>Status must be active, suspended or closed.</source>
        <translation>Le statut doit être active, suspended ou closed.</translation>
    </message>
    <message>
        <source>There is no rate table called &apos;%1&apos;.</source>
        <translation>Il n’y a pas de grille tarifaire nommée &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a buy table; choose a sell plan.</source>
        <translation>&apos;%1&apos; est une grille d’achat ; choisissez un plan de vente.</translation>
    </message>
    <message>
        <source>Account code %1 is also on line %2.</source>
        <translation>Le code de compte %1 figure aussi à la ligne %2.</translation>
    </message>
    <message>
        <source>Member id %1 is also on line %2.</source>
        <translation>L’identifiant membre %1 figure aussi à la ligne %2.</translation>
    </message>
    <message>
        <source>Subscriber #%1 does not exist.</source>
        <translation>L’abonné n° %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Subscriber %1 has balance history and cannot be deleted; set the status to Closed instead.</source>
        <translation>L’abonné %1 a un historique de solde et ne peut pas être supprimé ; passez plutôt son statut à Fermé.</translation>
    </message>
    <message>
        <source>%1 is not a registered phone of subscriber %2.</source>
        <translation>%1 n’est pas un téléphone enregistré de l’abonné %2.</translation>
    </message>
    <message>
        <source>%1 is the callback number, so it cannot be removed; change or clear the callback number first.</source>
        <translation>%1 est le numéro de rappel, il ne peut donc pas être supprimé ; changez ou effacez d’abord le numéro de rappel.</translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>portal password</source>
        <translation>mot de passe du portail</translation>
    </message>
    <message>
        <source>IVR and SMS PIN (6-12 digits)</source>
        <translation>PIN SVI et SMS (6 à 12 chiffres)</translation>
    </message>
    <message>
        <source>Remove the subscriber&apos;s PIN.</source>
        <translation>Supprimer le PIN de l’abonné.</translation>
    </message>
    <message>
        <source>Who may trigger a callback by ringing the subscriber&apos;s DIDs: registered (only the registered phones; the default) or any.</source>
        <translation>Qui peut déclencher un rappel en appelant les DID de l’abonné : registered (seuls les téléphones enregistrés ; par défaut) ou any.</translation>
    </message>
    <message>
        <source>Account code: 3-12 digits.</source>
        <translation>Code de compte : 3 à 12 chiffres.</translation>
    </message>
    <message>
        <source>Subscriber name.</source>
        <translation>Nom de l’abonné.</translation>
    </message>
    <message>
        <source>Web portal login.</source>
        <translation>Identifiant du portail web.</translation>
    </message>
    <message>
        <source>Callback number, as a person would write it.</source>
        <translation>Numéro de rappel, tel qu’une personne l’écrirait.</translation>
    </message>
    <message>
        <source>Language code (en, de, es, ...).</source>
        <translation>Code de langue (en, fr, es, ...).</translation>
    </message>
    <message>
        <source>How far below zero the balance may go.</source>
        <translation>Jusqu’où le solde peut descendre sous zéro.</translation>
    </message>
    <message>
        <source>Maximum concurrent calls.</source>
        <translation>Nombre maximal d’appels simultanés.</translation>
    </message>
    <message>
        <source>active, suspended or closed.</source>
        <translation>active, suspended ou closed.</translation>
    </message>
    <message>
        <source>Sell plan the subscriber pays by; empty for none.</source>
        <translation>Plan de vente selon lequel l’abonné paie ; vide pour aucun.</translation>
    </message>
    <message>
        <source>Free-text notes.</source>
        <translation>Notes libres.</translation>
    </message>
    <message>
        <source>Account code:</source>
        <translation>Code de compte :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Member id:</source>
        <translation>Identifiant membre :</translation>
    </message>
    <message>
        <source>(no portal login)</source>
        <translation>(pas d’accès au portail)</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN :</translation>
    </message>
    <message>
        <source>Callback:</source>
        <translation>Rappel :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Téléphones :</translation>
    </message>
    <message>
        <source>(none registered)</source>
        <translation>(aucun enregistré)</translation>
    </message>
    <message>
        <source>DID callers:</source>
        <translation>Appelants DID :</translation>
    </message>
    <message>
        <source>any caller</source>
        <translation>tout appelant</translation>
    </message>
    <message>
        <source>registered phones only (none registered yet: any caller)</source>
        <translation>téléphones enregistrés seulement (aucun encore : tout appelant)</translation>
    </message>
    <message>
        <source>registered phones only</source>
        <translation>téléphones enregistrés seulement</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Solde :</translation>
    </message>
    <message>
        <source>Credit limit:</source>
        <translation>Limite de crédit :</translation>
    </message>
    <message>
        <source>Max calls:</source>
        <translation>Appels max :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Sell plan:</source>
        <translation>Plan de vente :</translation>
    </message>
    <message>
        <source>(none: calls are refused)</source>
        <translation>(aucun : les appels sont refusés)</translation>
    </message>
    <message>
        <source>Demo:</source>
        <translation>Démo :</translation>
    </message>
    <message>
        <source>yes (created with the demo data)</source>
        <translation>oui (créé avec les données de démo)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>MEMBER ID</source>
        <translation>ID MEMBRE</translation>
    </message>
    <message>
        <source>CALLBACK</source>
        <translation>RAPPEL</translation>
    </message>
    <message>
        <source>BALANCE</source>
        <translation>SOLDE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>Subscriber %1 has no registered phones.</source>
        <translation>L’abonné %1 n’a aucun téléphone enregistré.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>REGISTERED (UTC)</source>
        <translation>ENREGISTRÉ (UTC)</translation>
    </message>
    <message>
        <source>callback number</source>
        <translation>numéro de rappel</translation>
    </message>
    <message>
        <source>Removed %1 from the registered phones of subscriber %2: it can no longer ask for callbacks by SMS without the PIN or ring the subscriber&apos;s DIDs.</source>
        <translation>%1 retiré des téléphones enregistrés de l’abonné %2 : il ne peut plus demander de rappel par SMS sans le PIN ni appeler les DID de l’abonné.</translation>
    </message>
    <message>
        <source>--pin-stdin: standard input already holds the password; give the PIN with --pin-file FILE.</source>
        <translation>--pin-stdin : l’entrée standard contient déjà le mot de passe ; donnez le PIN avec --pin-file FILE.</translation>
    </message>
    <message>
        <source>Amount to add; negative to take away.</source>
        <translation>Montant à ajouter ; négatif pour retirer.</translation>
    </message>
    <message>
        <source>topup, adjustment (default) or refund.</source>
        <translation>topup, adjustment (par défaut) ou refund.</translation>
    </message>
    <message>
        <source>Why: kept in the ledger and the audit log.</source>
        <translation>Motif : conservé dans le grand livre et le journal d’audit.</translation>
    </message>
    <message>
        <source>accounts adjust needs --amount (negative to take money away).</source>
        <translation>accounts adjust exige --amount (négatif pour retirer de l’argent).</translation>
    </message>
    <message>
        <source>--amount: an adjustment of zero changes nothing.</source>
        <translation>--amount : un ajustement de zéro ne change rien.</translation>
    </message>
    <message>
        <source>--reason must be topup, adjustment or refund.</source>
        <translation>--reason doit être topup, adjustment ou refund.</translation>
    </message>
    <message>
        <source>Subscriber %1: %2, balance now %3.</source>
        <translation>Abonné %1 : %2, solde désormais %3.</translation>
    </message>
    <message>
        <source>Check the file and report; import nothing.</source>
        <translation>Vérifier le fichier et faire un rapport ; ne rien importer.</translation>
    </message>
    <message>
        <source>Where to write the CSV; - for standard output.</source>
        <translation>Où écrire le CSV ; - pour la sortie standard.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>rebound-switch: nothing was imported; problems found: %1.</source>
        <translation>rebound-switch: rien n’a été importé ; problèmes trouvés : %1.</translation>
    </message>
    <message>
        <source>%1 subscribers would be imported; nothing was changed (dry run).</source>
        <translation>%1 abonnés seraient importés ; rien n’a été modifié (essai à blanc).</translation>
    </message>
    <message>
        <source>%1 subscribers imported.</source>
        <translation>%1 abonnés importés.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1 subscribers to %2.</source>
        <translation>%1 abonnés écrits dans %2.</translation>
    </message>
    <message>
        <source>Every balance equals its ledger sum.</source>
        <translation>Chaque solde est égal à la somme de son grand livre.</translation>
    </message>
    <message>
        <source>rebound-switch: subscriber #%1 shows %2 but its ledger adds up to %3</source>
        <translation>rebound-switch: l’abonné n° %1 affiche %2 mais son grand livre totalise %3</translation>
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
        <translation>Usage : rebound-switch [--db PATH] [--json] accounts SUBCOMMAND

  list                       tous les abonnés
  show CODE                  un abonné
  add --account-code CODE [OPTIONS]
  set CODE [OPTIONS]         modifie seulement les options données
  delete CODE                supprime un abonné sans historique de solde
  adjust CODE --amount AMOUNT [--reason topup|adjustment|refund] [--note TEXT]
                             ajoute au solde (ou, en négatif, y retire)
  ledger CODE                chaque mouvement du solde, le plus récent en premier
  phones CODE                les téléphones enregistrés : chaque numéro de rappel qu’a eu
                             l’abonné, qui peut envoyer des SMS sans le PIN et appeler ses DID
  remove-phone CODE NUMBER   oublie un téléphone enregistré (pas le numéro de rappel actuel)
  check-ledger               prouve que chaque solde égale la somme de son grand livre
  import FILE [--dry-run]    ajoute les abonnés d’un fichier CSV, tout ou rien : un fichier
                             avec une ligne erronée ne change rien et chaque ligne erronée
                             est listée ; --dry-run vérifie seulement
  export [--output FILE|-]   tous les abonnés en CSV (sortie standard par défaut)

Options de add et set :
  --account-code DIGITS  --name TEXT  --member-id ID  --password-stdin | --password-file FILE
  --pin-stdin | --pin-file FILE | --no-pin   le PIN SVI et SMS, 6 à 12 chiffres
  --callback NUMBER  --language CODE  --credit-limit AMOUNT  --max-calls N (0 = sans limite)
  --status active|suspended|closed  --plan SELL-PLAN  --notes TEXT
  --did-callers registered|any   qui peut appeler les DID de l’abonné (par défaut : les
                                 téléphones enregistrés seulement, dès que l’abonné en a un)

Les fichiers CSV ont une ligne d’en-tête nommant les colonnes, dans n’importe quel ordre :
account_code (obligatoire), name, member_id, password, pin, callback_number, language,
credit_limit, max_calls, status, sell_plan, did_callers, balance (le solde d’ouverture,
passé au grand livre), notes. Une cellule vide prend la valeur par défaut. password et pin
sont lus en clair et stockés hachés ; export ne les écrit jamais, et écrit le solde actuel
dans balance.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Run rebound-switch accounts --help.</source>
        <translation>Lancez rebound-switch accounts --help.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an accounts subcommand; use list, show, add, set, delete, adjust, ledger, check-ledger, phones, remove-phone, import or export.</source>
        <translation>&apos;%1&apos; n’est pas une sous-commande de accounts ; utilisez list, show, add, set, delete, adjust, ledger, check-ledger, phones, remove-phone, import ou export.</translation>
    </message>
    <message>
        <source>accounts import needs exactly one CSV file.</source>
        <translation>accounts import exige exactement un fichier CSV.</translation>
    </message>
    <message>
        <source>accounts remove-phone needs an account code and a phone number (see accounts phones CODE).</source>
        <translation>accounts remove-phone exige un code de compte et un numéro de téléphone (voir accounts phones CODE).</translation>
    </message>
    <message>
        <source>accounts %1 needs exactly one account code.</source>
        <translation>accounts %1 exige exactement un code de compte.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument inattendu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>accounts %1 takes no option --%2.</source>
        <translation>accounts %1 n’accepte pas l’option --%2.</translation>
    </message>
    <message>
        <source>There is no subscriber with account code %1.</source>
        <translation>Aucun abonné n’a le code de compte %1.</translation>
    </message>
    <message>
        <source>Deleted subscriber %1.</source>
        <translation>Abonné %1 supprimé.</translation>
    </message>
</context>
<context>
    <name>Admission</name>
    <message>
        <source>no such subscriber</source>
        <translation>abonné inexistant</translation>
    </message>
    <message>
        <source>subscriber %1 is not active</source>
        <translation>l’abonné %1 n’est pas actif</translation>
    </message>
    <message>
        <source>subscriber %1 has no sell plan</source>
        <translation>l’abonné %1 n’a pas de plan de vente</translation>
    </message>
    <message>
        <source>subscriber %1 has no callback number</source>
        <translation>l’abonné %1 n’a pas de numéro de rappel</translation>
    </message>
    <message>
        <source>the phone to call back and the destination are the same number</source>
        <translation>le téléphone à rappeler et la destination sont le même numéro</translation>
    </message>
    <message>
        <source>request #%1 is still in progress</source>
        <translation>la demande n° %1 est toujours en cours</translation>
    </message>
    <message>
        <source>another request came less than %1 seconds ago</source>
        <translation>une autre demande est arrivée il y a moins de %1 secondes</translation>
    </message>
    <message numerus="yes">
        <source>subscriber %1 already has %n call(s) in progress</source>
        <translation>
            <numerusform>l’abonné %1 a déjà %n appel en cours</numerusform>
            <numerusform>l’abonné %1 a déjà %n appels en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>the plan of subscriber %1 has no price for calls to %2</source>
        <translation>le plan de l’abonné %1 n’a pas de prix pour les appels vers %2</translation>
    </message>
    <message>
        <source>subscriber %1 has no credit left</source>
        <translation>l’abonné %1 n’a plus de crédit</translation>
    </message>
    <message>
        <source>the balance of subscriber %1 is too low for a callback; please top up</source>
        <translation>le solde de l’abonné %1 est trop bas pour un rappel ; rechargez le compte</translation>
    </message>
</context>
<context>
    <name>ApiCommands</name>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉ</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRE</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>DERNIÈRE UTILISATION</translation>
    </message>
    <message>
        <source>SUBSCRIBERS</source>
        <translation>ABONNÉS</translation>
    </message>
    <message>
        <source>live</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Times are in %1.
</source>
        <translation>Heures en %1.
</translation>
    </message>
    <message>
        <source>--expires takes a date such as 2027-06-30 (the token works through that day).</source>
        <translation>--expires prend une date comme 2027-06-30 (le jeton fonctionne jusqu’à la fin de ce jour).</translation>
    </message>
    <message>
        <source>--expires-days takes a whole number of days, such as 90.</source>
        <translation>--expires-days prend un nombre entier de jours, comme 90.</translation>
    </message>
    <message>
        <source>expires %1 (%2)</source>
        <translation>expire le %1 (%2)</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>n’expire jamais</translation>
    </message>
    <message>
        <source>API token %1 for %2, %3.
The token is shown only now; store it safely:
%4
</source>
        <translation>Jeton d’API %1 pour %2, %3.
Le jeton n’est affiché que maintenant ; conservez-le en lieu sûr :
%4
</translation>
    </message>
    <message>
        <source>Usage: rebound-switch api-tokens add NAME [--accounts 1001,1002] [--expires YYYY-MM-DD | --expires-days N]
       rebound-switch api-tokens list | revoke NAME
Tokens for the JSON API under /api/v1. add prints the new token once; only its digest is
kept. NAME: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. --accounts: the only subscribers the token may
act for (default: all). --expires: the last day it works, in billing.timezone;
--expires-days: it stops working N days from now (default: never).
</source>
        <translation>Usage : rebound-switch api-tokens add NAME [--accounts 1001,1002] [--expires YYYY-MM-DD | --expires-days N]
        rebound-switch api-tokens list | revoke NAME
Jetons pour l’API JSON sous /api/v1. add affiche le nouveau jeton une fois ; seule son empreinte
est gardée. NAME : lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;. --accounts : les seuls abonnés pour
lesquels le jeton peut agir (par défaut : tous). --expires : le dernier jour où il fonctionne,
dans billing.timezone ; --expires-days : il cesse de fonctionner dans N jours (par défaut : jamais).
</translation>
    </message>
    <message>
        <source>Account codes, comma separated.</source>
        <translation>Codes de compte, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Last day the token works.</source>
        <translation>Dernier jour où le jeton fonctionne.</translation>
    </message>
    <message>
        <source>Days until the token stops working.</source>
        <translation>Jours avant que le jeton cesse de fonctionner.</translation>
    </message>
    <message>
        <source>There is no live API token called %1; api-tokens list shows them.</source>
        <translation>Il n’y a pas de jeton d’API actif nommé %1 ; api-tokens list les affiche.</translation>
    </message>
    <message>
        <source>Revoked API token %1.
</source>
        <translation>Jeton d’API %1 révoqué.
</translation>
    </message>
    <message>
        <source>Usage: rebound-switch sms-http secret | disable | status
The HTTP SMS gateway endpoint (/sms). secret makes a new shared secret, prints it once
and turns the endpoint on (an older secret stops working); disable turns it off.
</source>
        <translation>Usage : rebound-switch sms-http secret | disable | status
Le point d’accès HTTP de la passerelle SMS (/sms). secret crée un nouveau secret partagé,
l’affiche une fois et active le point d’accès (un ancien secret cesse de fonctionner) ;
disable le désactive.
</translation>
    </message>
    <message>
        <source>The HTTP SMS endpoint is on.
</source>
        <translation>Le point d’accès SMS HTTP est activé.
</translation>
    </message>
    <message>
        <source>The HTTP SMS endpoint is off.
</source>
        <translation>Le point d’accès SMS HTTP est désactivé.
</translation>
    </message>
    <message>
        <source>HTTP SMS secret (shown only now; give it to the SMS gateway):
%1
</source>
        <translation>Secret SMS HTTP (affiché seulement maintenant ; donnez-le à la passerelle SMS) :
%1
</translation>
    </message>
</context>
<context>
    <name>ApiTokenRepository</name>
    <message>
        <source>saving API token %1</source>
        <translation>enregistrement du jeton d’API %1</translation>
    </message>
    <message>
        <source>reading API tokens</source>
        <translation>lecture des jetons d’API</translation>
    </message>
    <message>
        <source>reading the subscribers of API token %1</source>
        <translation>lecture des abonnés du jeton d’API %1</translation>
    </message>
    <message>
        <source>revoking an API token</source>
        <translation>révocation d’un jeton d’API</translation>
    </message>
    <message>
        <source>noting an API token&apos;s use</source>
        <translation>enregistrement de l’utilisation d’un jeton d’API</translation>
    </message>
</context>
<context>
    <name>ApiTokenService</name>
    <message>
        <source>Give an expiry date or a number of days, not both.</source>
        <translation>Donnez une date d’expiration ou un nombre de jours, pas les deux.</translation>
    </message>
    <message>
        <source>A token expires after 1 to %1 days.</source>
        <translation>Un jeton expire après 1 à %1 jours.</translation>
    </message>
    <message>
        <source>Give the expiry as a date such as 2027-06-30.</source>
        <translation>Donnez l’expiration sous forme de date, comme 2027-06-30.</translation>
    </message>
    <message>
        <source>%1 has passed; choose today or a later day, or no expiry.</source>
        <translation>%1 est passé ; choisissez aujourd’hui ou un jour ultérieur, ou aucune expiration.</translation>
    </message>
    <message>
        <source>Choose a day within %1 days from today.</source>
        <translation>Choisissez un jour dans les %1 jours à venir.</translation>
    </message>
    <message>
        <source>Give the token a name that says who uses it, such as website.</source>
        <translation>Donnez au jeton un nom qui indique qui l’utilise, comme website.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a token name: use up to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>&apos;%1&apos; n’est pas un nom de jeton : utilisez jusqu’à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Token %1 has expired but keeps its name until it is revoked; revoke it first or pick another name.</source>
        <translation>Le jeton %1 a expiré mais garde son nom jusqu’à sa révocation ; révoquez-le d’abord ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is already a live token called %1; revoke it first or pick another name.</source>
        <translation>Il existe déjà un jeton actif nommé %1 ; révoquez-le d’abord ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Choose the subscribers the token may act for, or all subscribers.</source>
        <translation>Choisissez les abonnés pour lesquels le jeton peut agir, ou tous les abonnés.</translation>
    </message>
    <message>
        <source>There is no subscriber with account code %1.</source>
        <translation>Aucun abonné n’a le code de compte %1.</translation>
    </message>
    <message>
        <source>There are no subscribers with account codes %1.</source>
        <translation>Aucun abonné n’a les codes de compte %1.</translation>
    </message>
    <message>
        <source>There is no live API token called %1.</source>
        <translation>Il n’y a pas de jeton d’API actif nommé %1.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>fin du %1</translation>
    </message>
    <message>
        <source>all subscribers</source>
        <translation>tous les abonnés</translation>
    </message>
    <message>
        <source>no subscribers</source>
        <translation>aucun abonné</translation>
    </message>
</context>
<context>
    <name>ApiV1</name>
    <message>
        <source>Use %1 for this URL.</source>
        <translation>Utilisez %1 pour cette URL.</translation>
    </message>
    <message>
        <source>Too many requests; try again in a few seconds.</source>
        <translation>Trop de requêtes ; réessayez dans quelques secondes.</translation>
    </message>
    <message>
        <source>Send a valid API token as &apos;Authorization: Bearer &lt;token&gt;&apos;; rebound-switch api-tokens add NAME creates one.</source>
        <translation>Envoyez un jeton d’API valide sous la forme &apos;Authorization: Bearer &lt;token&gt;&apos; ; rebound-switch api-tokens add NAME en crée un.</translation>
    </message>
    <message>
        <source>This API token has been revoked; ask the operator for a new one.</source>
        <translation>Ce jeton d’API a été révoqué ; demandez-en un nouveau à l’opérateur.</translation>
    </message>
    <message>
        <source>This API token expired at %1; ask the operator for a new one.</source>
        <translation>Ce jeton d’API a expiré le %1 ; demandez-en un nouveau à l’opérateur.</translation>
    </message>
    <message>
        <source>There is no API call %1 %2.</source>
        <translation>Il n’y a pas d’appel d’API %1 %2.</translation>
    </message>
    <message>
        <source>This API token does not act for subscriber %1.</source>
        <translation>Ce jeton d’API n’agit pas pour l’abonné %1.</translation>
    </message>
    <message>
        <source>There is no subscriber %1.</source>
        <translation>Il n’y a pas d’abonné %1.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation>Le corps n’est pas du JSON valide : %1 à la position %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object such as {&quot;account&quot;: &quot;1001&quot;, &quot;destination&quot;: &quot;+12025550147&quot;}.</source>
        <translation>Le corps doit être un objet JSON comme {&quot;account&quot;: &quot;1001&quot;, &quot;destination&quot;: &quot;+12025550147&quot;}.</translation>
    </message>
    <message>
        <source>give the subscriber&apos;s account code as a string.</source>
        <translation>donnez le code de compte de l’abonné sous forme de chaîne.</translation>
    </message>
    <message>
        <source>give the number to connect to, such as +12025550147.</source>
        <translation>donnez le numéro auquel connecter, comme +12025550147.</translation>
    </message>
    <message>
        <source>give the number as a string, such as &quot;+12025550147&quot;.</source>
        <translation>donnez le numéro sous forme de chaîne, comme &quot;+12025550147&quot;.</translation>
    </message>
    <message>
        <source>No new callback: %1.</source>
        <translation>Pas de nouveau rappel : %1.</translation>
    </message>
    <message>
        <source>No callback: %1.</source>
        <translation>Pas de rappel : %1.</translation>
    </message>
    <message>
        <source>There is no callback request %1.</source>
        <translation>Il n’y a pas de demande de rappel %1.</translation>
    </message>
    <message>
        <source>Callback request %1 is for a subscriber this API token does not act for.</source>
        <translation>La demande de rappel %1 concerne un abonné pour lequel ce jeton d’API n’agit pas.</translation>
    </message>
</context>
<context>
    <name>AttemptRepository</name>
    <message>
        <source>recording a failed redemption</source>
        <translation>enregistrement d’une utilisation de carte échouée</translation>
    </message>
    <message>
        <source>checking redemption attempts</source>
        <translation>vérification des tentatives d’utilisation de carte</translation>
    </message>
    <message>
        <source>clearing redemption attempts</source>
        <translation>effacement des tentatives d’utilisation de carte</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>--%1 is empty; give a value such as %2.</source>
        <translation>--%1 est vide ; donnez une valeur comme %2.</translation>
    </message>
    <message>
        <source>--object: &apos;%1&apos; is not TYPE or TYPE:ID; write e.g. account or account:1001.</source>
        <translation>--object : &apos;%1&apos; n’est ni TYPE ni TYPE:ID ; écrivez p. ex. account ou account:1001.</translation>
    </message>
    <message>
        <source>--to: %1 is not after --from %2.</source>
        <translation>--to : %1 n’est pas après --from %2.</translation>
    </message>
    <message>
        <source>No audit entries match.
</source>
        <translation>Aucune entrée d’audit ne correspond.
</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>QUI</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUOI</translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation>OBJET</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DÉTAILS</translation>
    </message>
    <message>
        <source>Entries shown: %1, newest first; times in %2.</source>
        <translation>Entrées affichées : %1, les plus récentes en premier ; heures en %2.</translation>
    </message>
    <message>
        <source> There are more; --limit N shows N.</source>
        <translation> Il y en a d’autres ; --limit N en affiche N.</translation>
    </message>
    <message>
        <source>Audit entries written to %1: %2.
</source>
        <translation>Entrées d’audit écrites dans %1 : %2.
</translation>
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
        <translation>Usage : rebound-switch [--db PATH] [--json] audit SUBCOMMAND [FILTERS]

  list [FILTERS] [--limit N]
                    les entrées, les plus récentes en premier (50 sauf si --limit dit plus)
  export [FILTERS] [--output FILE|-]
                    CSV : heure, acteur, source, action, type et id d’objet, détails
                    (sortie standard sans --output ou avec -)

Filtres :
  --actor WHO         console, cli, web:1001 ... ; une valeur finissant par : . ou * correspond
                      à tout acteur qui commence ainsi (web: est tout utilisateur du portail)
  --action WHAT       account.add ... ; account. est toute modification de compte
  --object TYPE[:ID]  ce qui a été concerné : account, ou account:1001
  --text TEXT         les détails contiennent TEXT
  --from WHEN         entrées à partir de WHEN
  --to WHEN           entrées avant WHEN (un jour : jusqu’à la fin de ce jour)

WHEN est un jour, YYYY-MM-DD, ou une date et une heure comme 2026-03-04T18:30, dans le fuseau
de facturation (paramètre billing.timezone) sauf s’il finit par Z (UTC) ou un décalage (+02:00).
Le CSV écrit les heures en ISO 8601 avec le décalage de ce fuseau ; une cellule commençant par
= + - ou @ reçoit un &apos; en tête pour que les tableurs l’affichent comme texte au lieu de l’exécuter.
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an audit subcommand; use list or export.</source>
        <translation>&apos;%1&apos; n’est pas une sous-commande de audit ; utilisez list ou export.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>reading the audit log</source>
        <translation>lecture du journal d’audit</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>écriture du journal d’audit</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>A backup cannot be written while a change is in progress on this connection.</source>
        <translation>Impossible d’écrire une sauvegarde pendant qu’une modification est en cours sur cette connexion.</translation>
    </message>
    <message>
        <source>writing a backup to %1</source>
        <translation>écriture d’une sauvegarde dans %1</translation>
    </message>
    <message>
        <source>reading what the database holds</source>
        <translation>lecture du contenu de la base de données</translation>
    </message>
    <message>
        <source>The Qt SQLite driver gives no SQLite handle, so the backup cannot be copied in.</source>
        <translation>Le pilote SQLite de Qt ne fournit pas de handle SQLite, la sauvegarde ne peut donc pas être copiée.</translation>
    </message>
    <message>
        <source>The database cannot be restored while a change is in progress on it.</source>
        <translation>La base de données ne peut pas être restaurée pendant qu’une modification y est en cours.</translation>
    </message>
    <message>
        <source>Cannot start copying the backup into %1: %2</source>
        <translation>Impossible de commencer à copier la sauvegarde dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 stayed busy: another program kept writing to it. Nothing has been changed; try again.</source>
        <translation>%1 est resté occupé : un autre programme continuait d’y écrire. Rien n’a été modifié ; réessayez.</translation>
    </message>
    <message>
        <source>Copying the backup into %1 failed, so it was left as it was: %2</source>
        <translation>La copie de la sauvegarde dans %1 a échoué, elle a donc été laissée telle quelle : %2</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>, with the card PIN key in %1</source>
        <translation>, avec la clé des PIN de carte dans %1</translation>
    </message>
    <message>
        <source>Usage: rebound-switch [--db PATH] backup --output FILE
       rebound-switch backup check FILE
--output writes a consistent copy of the database to FILE (owner-only), also while a
switch runs on it, with the card PIN key beside it as FILE.pin-key: keep the two together.
check says whether FILE can be restored (integrity, schema version, the ledger) and what
it holds, changing nothing.
</source>
        <translation>Usage : rebound-switch [--db PATH] backup --output FILE
        rebound-switch backup check FILE
--output écrit une copie cohérente de la base de données dans FILE (accès propriétaire seul),
même pendant qu’un commutateur l’utilise, avec la clé des PIN de carte à côté dans FILE.pin-key :
gardez les deux ensemble. check indique si FILE peut être restauré (intégrité, version du
schéma, grand livre) et ce qu’il contient, sans rien modifier.
</translation>
    </message>
    <message>
        <source>Where the backup goes.</source>
        <translation>Où va la sauvegarde.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.
</source>
        <translation>%1 sauvegardé dans %2.
</translation>
    </message>
    <message>
        <source>Usage: rebound-switch [--db PATH] restore FILE [--yes]
Replaces everything in the database with the backup FILE, and the card PIN key with
FILE.pin-key when it is there. The backup is checked first (integrity, schema version,
the ledger); an older schema is upgraded. The current database is saved beside it
before anything is replaced. Refused while a switch runs on the database: stop it first.
Without --yes it only says what would be restored.
</source>
        <translation>Usage : rebound-switch [--db PATH] restore FILE [--yes]
Remplace tout le contenu de la base de données par la sauvegarde FILE, et la clé des PIN de
carte par FILE.pin-key s’il existe. La sauvegarde est d’abord vérifiée (intégrité, version du
schéma, grand livre) ; un schéma plus ancien est mis à niveau. La base actuelle est enregistrée
à côté avant tout remplacement. Refusé pendant qu’un commutateur utilise la base : arrêtez-le
d’abord. Sans --yes, indique seulement ce qui serait restauré.
</translation>
    </message>
    <message>
        <source>Replace the data without asking.</source>
        <translation>Remplacer les données sans demander.</translation>
    </message>
    <message>
        <source>Nothing has been changed. Run again with --yes to replace all data in %1 with this backup.</source>
        <translation>Rien n’a été modifié. Relancez avec --yes pour remplacer toutes les données de %1 par cette sauvegarde.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.
The data it held before was saved to %3.
</source>
        <translation>%1 restauré depuis %2.
Les données qu’il contenait avant ont été enregistrées dans %3.
</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>Impossible de renommer %1 en %2 : %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup.</source>
        <translation>Impossible de créer le dossier %1 pour la sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot read the card PIN key %1: %2</source>
        <translation>Impossible de lire la clé des PIN de carte %1 : %2</translation>
    </message>
    <message>
        <source>The card PIN key %1 is damaged; put the key saved with this backup there, or remove it.</source>
        <translation>La clé des PIN de carte %1 est endommagée ; mettez-y la clé enregistrée avec cette sauvegarde, ou supprimez-la.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a backup file.</source>
        <translation>%1 est un dossier, pas un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>%1 has %2 beside it: it is a database in use, or one not closed cleanly, not a backup. Back it up with rebound-switch --db %1 backup --output FILE and restore that file.</source>
        <translation>%1 a %2 à côté : c’est une base de données en cours d’utilisation, ou mal fermée, pas une sauvegarde. Sauvegardez-la avec rebound-switch --db %1 backup --output FILE et restaurez ce fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is empty, not a Rebound backup.</source>
        <translation>%1 est vide, ce n’est pas une sauvegarde Rebound.</translation>
    </message>
    <message>
        <source>%1 is not a Rebound backup: it is not an SQLite database file.</source>
        <translation>%1 n’est pas une sauvegarde Rebound : ce n’est pas un fichier de base de données SQLite.</translation>
    </message>
    <message>
        <source>The backup %1 has schema version %2, but this Rebound only knows versions up to %3: it was written by a newer Rebound. Upgrade Rebound to restore it.</source>
        <translation>La sauvegarde %1 a la version de schéma %2, mais ce Rebound ne connaît que les versions jusqu’à %3 : elle a été écrite par un Rebound plus récent. Mettez Rebound à jour pour la restaurer.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rebound one (it has no schema version).</source>
        <translation>%1 est une base de données SQLite, mais pas une base Rebound (elle n’a pas de version de schéma).</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database: %2</source>
        <translation>%1 ne peut pas être lu comme base de données : %2</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check failed): %2</source>
        <translation>%1 est endommagé (le contrôle d’intégrité de SQLite a échoué) : %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rebound one (it has no %2 table).</source>
        <translation>%1 est une base de données SQLite, mais pas une base Rebound (elle n’a pas de table %2).</translation>
    </message>
    <message>
        <source>The backup %1 does not add up: %2 subscriber balance(s) differ from their ledger sums (subscriber #%3 shows %4, its ledger adds up to %5). It cannot be restored.</source>
        <translation>La sauvegarde %1 n’est pas cohérente : %2 solde(s) d’abonnés diffèrent de la somme de leur grand livre (l’abonné n° %3 affiche %4, son grand livre totalise %5). Elle ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2 to check it.</source>
        <translation>Impossible de copier %1 dans %2 pour le vérifier.</translation>
    </message>
    <message>
        <source>The backup %1 (schema version %2) cannot be brought up to version %3: %4</source>
        <translation>La sauvegarde %1 (version de schéma %2) ne peut pas être mise à niveau vers la version %3 : %4</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>La sauvegarde %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>Say which file the backup goes to.</source>
        <translation>Indiquez dans quel fichier va la sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the backup.</source>
        <translation>%1 est un dossier ; donnez un nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is the live database or one of its own files; a backup must go to another file.</source>
        <translation>%1 est la base de données en service ou l’un de ses fichiers ; une sauvegarde doit aller dans un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot write a backup in %1: %2</source>
        <translation>Impossible d’écrire une sauvegarde dans %1 : %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>La sauvegarde %1 n’a pas pu être écrite : %2</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder to check the backup: %1</source>
        <translation>Impossible de créer un dossier temporaire pour vérifier la sauvegarde : %1</translation>
    </message>
    <message>
        <source>%1 is the live database itself; choose a backup file.</source>
        <translation>%1 est la base de données en service elle-même ; choisissez un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder in %1 to check the backup: %2</source>
        <translation>Impossible de créer un dossier temporaire dans %1 pour vérifier la sauvegarde : %2</translation>
    </message>
    <message>
        <source>The data was restored, but the card PIN key was not: %1 Copy %2 to %3 by hand, or cards cannot be redeemed.</source>
        <translation>Les données ont été restaurées, mais pas la clé des PIN de carte : %1 Copiez %2 vers %3 à la main, sinon les cartes ne pourront pas être utilisées.</translation>
    </message>
    <message>
        <source>No card PIN key was found beside the backup (%1), so the current key %2 was kept. If the backup&apos;s cards were made with another key, put that key there, or their PINs cannot be redeemed.</source>
        <translation>Aucune clé des PIN de carte n’a été trouvée à côté de la sauvegarde (%1), la clé actuelle %2 a donc été gardée. Si les cartes de la sauvegarde ont été créées avec une autre clé, mettez cette clé à sa place, sinon leurs PIN ne pourront pas être utilisés.</translation>
    </message>
    <message>
        <source>The restore was not written to the audit log: %1</source>
        <translation>La restauration n’a pas été écrite dans le journal d’audit : %1</translation>
    </message>
    <message>
        <source>Backup: %1
</source>
        <translation>Sauvegarde : %1
</translation>
    </message>
    <message>
        <source>Written: %1, %2 bytes
</source>
        <translation>Écrite : %1, %2 octets
</translation>
    </message>
    <message>
        <source>Schema version: %1
</source>
        <translation>Version du schéma : %1
</translation>
    </message>
    <message>
        <source>Schema version: %1 (upgraded to %2 when restored)
</source>
        <translation>Version du schéma : %1 (mise à niveau vers %2 à la restauration)
</translation>
    </message>
    <message>
        <source>Subscribers: %1
Ledger entries: %2
Card batches: %3
Calls: %4
</source>
        <translation>Abonnés : %1
Écritures du grand livre : %2
Lots de cartes : %3
Appels : %4
</translation>
    </message>
    <message>
        <source>Last call: %1
</source>
        <translation>Dernier appel : %1
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Card PIN key: none beside the backup (the current key is kept)
</source>
        <translation>Clé des PIN de carte : aucune à côté de la sauvegarde (la clé actuelle est gardée)
</translation>
    </message>
    <message>
        <source>Card PIN key: %1
</source>
        <translation>Clé des PIN de carte : %1
</translation>
    </message>
    <message>
        <source>Every balance equals its ledger sum; the integrity check passed.
</source>
        <translation>Chaque solde est égal à la somme de son grand livre ; le contrôle d’intégrité a réussi.
</translation>
    </message>
</context>
<context>
    <name>BusinessReports</name>
    <message>
        <source>(no gateway)</source>
        <translation>(pas de passerelle)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Callback requested by %1 from %2, to call back %3</source>
        <translation>Rappel demandé par %1 depuis %2, pour rappeler %3</translation>
    </message>
    <message>
        <source>, destination %1</source>
        <translation>, destination %1</translation>
    </message>
    <message>
        <source>Leg A (subscriber)</source>
        <translation>Branche A (abonné)</translation>
    </message>
    <message>
        <source>Leg B (destination)</source>
        <translation>Branche B (destination)</translation>
    </message>
    <message>
        <source>IVR: prompts played, destination collected</source>
        <translation>SVI : annonces jouées, destination saisie</translation>
    </message>
    <message>
        <source>%1: calling %2 %3 through %4</source>
        <translation>%1 : appel de %2 %3 via %4</translation>
    </message>
    <message>
        <source>%1: answered</source>
        <translation>%1 : décroché</translation>
    </message>
    <message>
        <source>%1: answered, legs bridged</source>
        <translation>%1 : décroché, branches reliées</translation>
    </message>
    <message>
        <source>%1: ended after %2 s</source>
        <translation>%1 : terminé après %2 s</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1 : non connecté</translation>
    </message>
    <message>
        <source>; billed %1 s: sell %2 at %3/min (prefix %4), cost %5 at %6/min (prefix %7)</source>
        <translation>; facturé %1 s : vente %2 à %3/min (préfixe %4), coût %5 à %6/min (préfixe %7)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Call %1: %2; sell %3, cost %4, profit %5</source>
        <translation>Appel %1 : %2 ; vente %3, coût %4, marge %5</translation>
    </message>
    <message>
        <source>hung up</source>
        <translation>raccroché</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>LGW</source>
        <translation>LGW</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>décroché</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>%1 (test call)</source>
        <translation>%1 (appel de test)</translation>
    </message>
</context>
<context>
    <name>CallBilling</name>
    <message>
        <source>Call #%1 does not exist.</source>
        <translation>L’appel n° %1 n’existe pas.</translation>
    </message>
    <message>
        <source>the switch stopped before the call was connected</source>
        <translation>le commutateur s’est arrêté avant que l’appel soit connecté</translation>
    </message>
    <message>
        <source>the switch stopped before this callback was made</source>
        <translation>le commutateur s’est arrêté avant que ce rappel soit passé</translation>
    </message>
</context>
<context>
    <name>CallState</name>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Call #%1 is in the state &quot;%2&quot;</source>
        <translation>L’appel n° %1 est dans l’état « %2 »</translation>
    </message>
</context>
<context>
    <name>CallbackRequestRepository</name>
    <message>
        <source>recording a callback request</source>
        <translation>enregistrement d’une demande de rappel</translation>
    </message>
    <message>
        <source>reading callback requests</source>
        <translation>lecture des demandes de rappel</translation>
    </message>
    <message>
        <source>counting callbacks in progress</source>
        <translation>comptage des rappels en cours</translation>
    </message>
    <message>
        <source>updating callback request #%1</source>
        <translation>mise à jour de la demande de rappel n° %1</translation>
    </message>
    <message>
        <source>counting a call attempt of request #%1</source>
        <translation>comptage d’une tentative d’appel de la demande n° %1</translation>
    </message>
    <message>
        <source>recording the destination of request #%1</source>
        <translation>enregistrement de la destination de la demande n° %1</translation>
    </message>
    <message>
        <source>ending callback requests left in progress</source>
        <translation>clôture des demandes de rappel restées en cours</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Calling the subscriber</source>
        <translation>Appel de l’abonné</translation>
    </message>
    <message>
        <source>In the IVR</source>
        <translation>Dans le SVI</translation>
    </message>
    <message>
        <source>Calling the destination</source>
        <translation>Appel de la destination</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>En communication</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Callback request #%1 came from the trigger &quot;%2&quot;</source>
        <translation>La demande de rappel n° %1 vient du déclencheur « %2 »</translation>
    </message>
    <message>
        <source>Callback request #%1 is in the state &quot;%2&quot;</source>
        <translation>La demande de rappel n° %1 est dans l’état « %2 »</translation>
    </message>
</context>
<context>
    <name>CardRepository</name>
    <message>
        <source>listing card batches</source>
        <translation>lecture de la liste des lots de cartes</translation>
    </message>
    <message>
        <source>reading a card batch</source>
        <translation>lecture d’un lot de cartes</translation>
    </message>
    <message>
        <source>creating a card batch</source>
        <translation>création d’un lot de cartes</translation>
    </message>
    <message>
        <source>finding the next card serial</source>
        <translation>recherche du prochain numéro de série de carte</translation>
    </message>
    <message>
        <source>creating card %1</source>
        <translation>création de la carte %1</translation>
    </message>
    <message>
        <source>expiring card %1</source>
        <translation>expiration de la carte %1</translation>
    </message>
    <message>
        <source>using card %1</source>
        <translation>utilisation de la carte %1</translation>
    </message>
    <message>
        <source>activating card %1</source>
        <translation>activation de la carte %1</translation>
    </message>
    <message>
        <source>voiding card %1</source>
        <translation>annulation de la carte %1</translation>
    </message>
    <message>
        <source>suspending the account of card %1</source>
        <translation>suspension du compte de la carte %1</translation>
    </message>
    <message>
        <source>voiding card batch #%1</source>
        <translation>annulation du lot de cartes n° %1</translation>
    </message>
    <message>
        <source>reading cards</source>
        <translation>lecture des cartes</translation>
    </message>
</context>
<context>
    <name>CardService</name>
    <message>
        <source>A batch has 1 to %L1 cards.</source>
        <translation>Un lot contient de 1 à %L1 cartes.</translation>
    </message>
    <message>
        <source>The face value must be more than zero.</source>
        <translation>La valeur faciale doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO code such as USD.</source>
        <translation>La devise est un code ISO à trois lettres comme EUR.</translation>
    </message>
    <message>
        <source>PINs have %1 to %2 digits; shorter ones are too easy to guess.</source>
        <translation>Les PIN comportent %1 à %2 chiffres ; plus courts, ils sont trop faciles à deviner.</translation>
    </message>
    <message>
        <source>The serial prefix is up to 10 letters or digits.</source>
        <translation>Le préfixe de série comporte jusqu’à 10 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>The first serial number must be 1 or more.</source>
        <translation>Le premier numéro de série doit être 1 ou plus.</translation>
    </message>
    <message>
        <source>Prepaid calling cards need the sell plan their accounts use.</source>
        <translation>Les cartes d’appel prépayées exigent le plan de vente qu’utilisent leurs comptes.</translation>
    </message>
    <message>
        <source>There is no sell plan called &apos;%1&apos;.</source>
        <translation>Il n’y a pas de plan de vente nommé &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code.</source>
        <translation>&apos;%1&apos; n’est pas un code de langue.</translation>
    </message>
    <message>
        <source>A fixed expiry date must be in the future.</source>
        <translation>Une date d’expiration fixe doit être dans le futur.</translation>
    </message>
    <message>
        <source>Charge-up cards are used up at once; expiry after first use is for prepaid calling cards.</source>
        <translation>Les cartes de recharge sont consommées d’un coup ; l’expiration après la première utilisation concerne les cartes d’appel prépayées.</translation>
    </message>
    <message>
        <source>Expiry is 1 to 3650 days.</source>
        <translation>L’expiration est de 1 à 3650 jours.</translation>
    </message>
    <message>
        <source>Serials %1 to %2 overlap an existing batch; choose another serial prefix or first number.</source>
        <translation>Les numéros de série %1 à %2 chevauchent un lot existant ; choisissez un autre préfixe de série ou un autre premier numéro.</translation>
    </message>
    <message>
        <source>Could not find a free PIN for card %1.</source>
        <translation>Impossible de trouver un PIN libre pour la carte %1.</translation>
    </message>
    <message>
        <source>Too many failed attempts: try again later.</source>
        <translation>Trop de tentatives échouées : réessayez plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de tentatives échouées. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de tentatives échouées. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account cannot be topped up; it does not exist or is closed.</source>
        <translation>Ce compte ne peut pas être rechargé ; il n’existe pas ou il est fermé.</translation>
    </message>
    <message>
        <source>That PIN does not belong to a card that can be used. Check it and try again.</source>
        <translation>Ce PIN n’appartient à aucune carte utilisable. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>That serial number and PIN are not of one card that can be used. Check both and try again.</source>
        <translation>Ce numéro de série et ce PIN ne correspondent pas à une même carte utilisable. Vérifiez les deux et réessayez.</translation>
    </message>
    <message>
        <source>This is a charge-up card: use it to top up an existing account.</source>
        <translation>C’est une carte de recharge : utilisez-la pour recharger un compte existant.</translation>
    </message>
    <message>
        <source>This is a prepaid calling card: activate it to get a new account.</source>
        <translation>C’est une carte d’appel prépayée : activez-la pour obtenir un nouveau compte.</translation>
    </message>
    <message>
        <source>This card has been cancelled.</source>
        <translation>Cette carte a été annulée.</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>Cette carte a expiré.</translation>
    </message>
    <message>
        <source>This card has already been used.</source>
        <translation>Cette carte a déjà été utilisée.</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Carte %1</translation>
    </message>
    <message>
        <source>Prepaid calling card %1</source>
        <translation>Carte d’appel prépayée %1</translation>
    </message>
    <message>
        <source>There is no card with serial %1.</source>
        <translation>Aucune carte n’a le numéro de série %1.</translation>
    </message>
    <message>
        <source>Card %1 is %2 and cannot be voided.</source>
        <translation>La carte %1 est %2 et ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Card batch #%1 does not exist.</source>
        <translation>Le lot de cartes n° %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>CardsCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cards generate needs --output FILE (or - for stdout): the PINs exist only in that file and cannot be shown again.</source>
        <translation>cards generate exige --output FILE (ou - pour stdout) : les PIN n’existent que dans ce fichier et ne peuvent plus être affichés.</translation>
    </message>
    <message>
        <source>--kind is charge (top up an account) or ppcc (a new account).</source>
        <translation>--kind vaut charge (recharger un compte) ou ppcc (un nouveau compte).</translation>
    </message>
    <message>
        <source>--expires takes a date such as 2027-06-30 or 2027-06-30T23:59Z.</source>
        <translation>--expires prend une date comme 2027-06-30 ou 2027-06-30T23:59Z.</translation>
    </message>
    <message>
        <source>Batch #%1: %2 %3 cards of %4, serials %5 to %6, total %7.</source>
        <translation>Lot n° %1 : %2 cartes %3 de %4, numéros de série %5 à %6, total %7.</translation>
    </message>
    <message>
        <source>prepaid calling</source>
        <translation>d’appel prépayées</translation>
    </message>
    <message>
        <source>charge-up</source>
        <translation>de recharge</translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation>LOT</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>CARDS</source>
        <translation>CARTES</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>NEW/ACTIVE/USED/EXPIRED/VOID</source>
        <translation>NOUV./ACTIVES/UTILISÉES/EXPIRÉES/ANNULÉES</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source> (void)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <source>There is no card batch #%1.</source>
        <translation>Il n’y a pas de lot de cartes n° %1.</translation>
    </message>
    <message>
        <source>--status is new, active, used, expired or void.</source>
        <translation>--status vaut new, active, used, expired ou void.</translation>
    </message>
    <message>
        <source>A PIN on the command line is visible to every user of this machine: give it with --pin-stdin or --pin-file FILE.</source>
        <translation>Un PIN sur la ligne de commande est visible par tous les utilisateurs de cette machine : donnez-le avec --pin-stdin ou --pin-file FILE.</translation>
    </message>
    <message>
        <source>cards redeem needs the PIN: --pin-stdin or --pin-file FILE.</source>
        <translation>cards redeem exige le PIN : --pin-stdin ou --pin-file FILE.</translation>
    </message>
    <message>
        <source>Say which account to top up with --account CODE, or --activate a prepaid calling card.</source>
        <translation>Indiquez quel compte recharger avec --account CODE, ou --activate pour une carte d’appel prépayée.</translation>
    </message>
    <message>
        <source>There is no subscriber with account code %1.</source>
        <translation>Aucun abonné n’a le code de compte %1.</translation>
    </message>
    <message>
        <source>Card %1 activated: account code %2, balance %3.</source>
        <translation>Carte %1 activée : code de compte %2, solde %3.</translation>
    </message>
    <message>
        <source>Card %1 added %2 to account %3; balance now %4.</source>
        <translation>La carte %1 a ajouté %2 au compte %3 ; solde désormais %4.</translation>
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
        <translation>Usage : rebound-switch [--db PATH] [--json] cards SUBCOMMAND

  generate --count N --value AMOUNT --output FILE|- [--kind charge|ppcc] [--plan SELL-PLAN]
           [--currency CODE] [--language CODE] [--pin-length 12] [--serial-prefix P]
           [--serial-start N] [--name TEXT]
           [--expires DATE | --expires-days N [--after-first-use]]
                        un lot ; le fichier des PIN est la seule copie des PIN
  list [--batch ID [--status new|active|used|expired|void]]
  export --batch ID [--output FILE]   inventaire CSV, sans les PIN
  void --serial SERIAL | --batch ID   annule des cartes inutilisées
  redeem --account CODE               recharge avec une carte de recharge
  redeem --activate [--callback NUMBER]   ouvre le compte d’une carte d’appel prépayée
         le PIN vient de --pin-stdin ou --pin-file FILE, jamais de la ligne de commande
  history                             cartes utilisées et activées, les plus récentes en premier
</translation>
    </message>
    <message>
        <source>Number of cards.</source>
        <translation>Nombre de cartes.</translation>
    </message>
    <message>
        <source>Face value of each card.</source>
        <translation>Valeur faciale de chaque carte.</translation>
    </message>
    <message>
        <source>charge or ppcc.</source>
        <translation>charge ou ppcc.</translation>
    </message>
    <message>
        <source>ISO currency code.</source>
        <translation>Code ISO de la devise.</translation>
    </message>
    <message>
        <source>Sell plan of PPCC accounts.</source>
        <translation>Plan de vente des comptes PPCC.</translation>
    </message>
    <message>
        <source>Language of PPCC accounts.</source>
        <translation>Langue des comptes PPCC.</translation>
    </message>
    <message>
        <source>PIN digits, 10 to 20.</source>
        <translation>Chiffres du PIN, 10 à 20.</translation>
    </message>
    <message>
        <source>Serial prefix.</source>
        <translation>Préfixe de série.</translation>
    </message>
    <message>
        <source>First serial number.</source>
        <translation>Premier numéro de série.</translation>
    </message>
    <message>
        <source>Batch name.</source>
        <translation>Nom du lot.</translation>
    </message>
    <message>
        <source>Fixed expiry date.</source>
        <translation>Date d’expiration fixe.</translation>
    </message>
    <message>
        <source>Days until expiry.</source>
        <translation>Jours avant expiration.</translation>
    </message>
    <message>
        <source>Count expiry days from activation.</source>
        <translation>Compter les jours d’expiration depuis l’activation.</translation>
    </message>
    <message>
        <source>Output file, - for stdout.</source>
        <translation>Fichier de sortie, - pour stdout.</translation>
    </message>
    <message>
        <source>Batch id.</source>
        <translation>Id du lot.</translation>
    </message>
    <message>
        <source>Card status.</source>
        <translation>Statut de la carte.</translation>
    </message>
    <message>
        <source>Card serial.</source>
        <translation>Numéro de série de la carte.</translation>
    </message>
    <message>
        <source>Account code to top up.</source>
        <translation>Code du compte à recharger.</translation>
    </message>
    <message>
        <source>Activate a prepaid calling card.</source>
        <translation>Activer une carte d’appel prépayée.</translation>
    </message>
    <message>
        <source>Callback number for the new account.</source>
        <translation>Numéro de rappel du nouveau compte.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>card PIN</source>
        <translation>PIN de la carte</translation>
    </message>
    <message>
        <source>Run rebound-switch cards --help.</source>
        <translation>Lancez rebound-switch cards --help.</translation>
    </message>
    <message>
        <source>Say which batch with --batch ID; cards list shows them.</source>
        <translation>Indiquez quel lot avec --batch ID ; cards list les affiche.</translation>
    </message>
    <message>
        <source>Card %1 is void.</source>
        <translation>La carte %1 est annulée.</translation>
    </message>
    <message>
        <source>Batch #%1 is void; %2 unused cards cancelled.</source>
        <translation>Le lot n° %1 est annulé ; %2 cartes inutilisées annulées.</translation>
    </message>
    <message>
        <source>cards void needs --serial SERIAL or --batch ID.</source>
        <translation>cards void exige --serial SERIAL ou --batch ID.</translation>
    </message>
</context>
<context>
    <name>CdrRepository</name>
    <message>
        <source>opening a call record</source>
        <translation>ouverture d’un ticket d’appel</translation>
    </message>
    <message>
        <source>recording a call&apos;s limit</source>
        <translation>enregistrement de la limite d’un appel</translation>
    </message>
    <message>
        <source>recording a call leg</source>
        <translation>enregistrement d’une branche d’appel</translation>
    </message>
    <message>
        <source>recording an answered leg</source>
        <translation>enregistrement d’une branche décrochée</translation>
    </message>
    <message>
        <source>recording a leg&apos;s gateway</source>
        <translation>enregistrement de la passerelle d’une branche</translation>
    </message>
    <message>
        <source>recording call progress</source>
        <translation>enregistrement de la progression d’un appel</translation>
    </message>
    <message>
        <source>closing a call leg</source>
        <translation>clôture d’une branche d’appel</translation>
    </message>
    <message>
        <source>recording a leg&apos;s RTP packets</source>
        <translation>enregistrement des paquets RTP d’une branche</translation>
    </message>
    <message>
        <source>pricing a call leg</source>
        <translation>tarification d’une branche d’appel</translation>
    </message>
    <message>
        <source>closing a call record</source>
        <translation>clôture d’un ticket d’appel</translation>
    </message>
    <message>
        <source>reading a call</source>
        <translation>lecture d’un appel</translation>
    </message>
    <message>
        <source>reading call legs</source>
        <translation>lecture des branches d’appel</translation>
    </message>
    <message>
        <source>finding open calls</source>
        <translation>recherche des appels ouverts</translation>
    </message>
    <message>
        <source>reading calls</source>
        <translation>lecture des appels</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Décrochés</translation>
    </message>
    <message>
        <source>Paid minutes</source>
        <translation>Minutes payées</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Read the %1 from the first line of standard input.</source>
        <translation>Lire le %1 sur la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>Read the %1 from the first line of FILE.</source>
        <translation>Lire le %1 sur la première ligne de FILE.</translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1 : impossible de lire %2 : %3</translation>
    </message>
    <message>
        <source>--%1: the file&apos;s first line is empty.</source>
        <translation>--%1 : la première ligne du fichier est vide.</translation>
    </message>
    <message>
        <source>--%1: nothing on standard input.</source>
        <translation>--%1 : rien sur l’entrée standard.</translation>
    </message>
    <message>
        <source>--db needs a path to the database file.</source>
        <translation>--db exige le chemin du fichier de base de données.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; run rebound-switch --help for the list.</source>
        <translation>&apos;%1&apos; n’est pas une commande ; lancez rebound-switch --help pour la liste.</translation>
    </message>
    <message>
        <source>%1 takes no option --%2.</source>
        <translation>%1 n’accepte pas l’option --%2.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument inattendu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-03-04.</source>
        <translation>--%1 : &apos;%2&apos; n’est pas une date ; écrivez-la sous la forme YYYY-MM-DD, p. ex. 2026-03-04.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date or time; write 2026-03-04, 2026-03-04T18:30 (in the billing time zone) or 2026-03-04T18:30Z (UTC).</source>
        <translation>--%1 : &apos;%2&apos; n’est ni une date ni une heure ; écrivez 2026-03-04, 2026-03-04T18:30 (dans le fuseau de facturation) ou 2026-03-04T18:30Z (UTC).</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to %1.</source>
        <translation>--limit doit être un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <source>--output: name the CSV file to write, or - for standard output.</source>
        <translation>--output : nommez le fichier CSV à écrire, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>--output: cannot write %1: %2</source>
        <translation>--output : impossible d’écrire %1 : %2</translation>
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
  try         a whole test callback (did, sms, web, api) with the built-in test phones
  demo        add the demo subscribers, DIDs, gateway and rates to an empty database
  backup      write a consistent copy of the database (--output FILE); check a backup
  restore     replace all data with a checked backup (refused while a switch runs)

Options:
  --db PATH   the database (default: %1)
  --json      print results as JSON, for scripts
  --help      show this help; COMMAND --help shows the command&apos;s help
  --version   show the version
</source>
        <translation>Usage : rebound-switch [--db PATH] [--json] COMMAND [ARGUMENTS]

Le commutateur de rappel Rebound, sans interface graphique, et son interface de script.

Commandes :
  serve       fait tourner le commutateur jusqu’à SIGINT ou SIGTERM
  accounts    liste, affiche, ajoute, modifie et supprime des abonnés ; soldes
  rates       grilles tarifaires : import, export, liste, devis, marge
  cards       lots de cartes : génération, liste, export, annulation, utilisation
  gateways    trunks SIP : ajout, liste, affichage, modification, suppression, ping
  routes      quelle passerelle achemine quel préfixe
  dids        numéros déclencheurs : ajout, liste, modification, suppression
  cdrs        tickets d’appel : liste, un appel avec sa chronologie, export CSV
  reports     synthèse d’une période et marge par destination, passerelle, abonné, déclencheur
  audit       le journal d’audit, qui a fait quoi et quand : liste, export CSV
  settings    list, get, set
  api-tokens  jetons pour l’API JSON : ajout, liste, révocation
  sms-http    le point d’accès HTTP de la passerelle SMS : secret, disable, status
  dial        passe une branche de test via les routes et rend compte de chaque étape
  try         un rappel de test complet (did, sms, web, api) avec les téléphones de test intégrés
  demo        ajoute les abonnés, DID, passerelle et tarifs de démo à une base vide
  backup      écrit une copie cohérente de la base (--output FILE) ; vérifie une sauvegarde
  restore     remplace toutes les données par une sauvegarde vérifiée (refusé si un commutateur tourne)

Options :
  --db PATH   la base de données (par défaut : %1)
  --json      affiche les résultats en JSON, pour les scripts
  --help      affiche cette aide ; COMMAND --help affiche l’aide de la commande
  --version   affiche la version
</translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation>--%1 doit être un nombre entier.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 subcommand; use %3.</source>
        <translation>&apos;%1&apos; n’est pas une sous-commande de %2 ; utilisez %3.</translation>
    </message>
</context>
<context>
    <name>ConfigCommands</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>--%1 is yes or no.</source>
        <translation>--%1 vaut yes ou no.</translation>
    </message>
    <message>
        <source>--buy-table: there is no buy table called &apos;%1&apos;.</source>
        <translation>--buy-table : il n’y a pas de grille d’achat nommée &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 (%2:%3): no answer within %4 s
</source>
        <translation>%1 (%2:%3) : pas de réponse en %4 s
</translation>
    </message>
    <message>
        <source>%1 (%2:%3): %4 %5 in %6 ms
</source>
        <translation>%1 (%2:%3) : %4 %5 en %6 ms
</translation>
    </message>
    <message>
        <source>Usage: rebound-switch gateways list | show NAME | delete NAME | ping NAME [--timeout S]
       rebound-switch gateways add --name N --host H [--port 5060] [--transport udp|tcp|tls]
         [--username U --password-stdin|--password-file F --realm R] [--strip-digits N] [--add-prefix DIGITS]
         [--caller-id NUMBER] [--buy-table NAME] [--max-calls N] [--trusted ADDR,SUBNET/BITS]
         [--sms yes|no] [--enabled yes|no]
       rebound-switch gateways set NAME [the same options]
</source>
        <translation>Usage : rebound-switch gateways list | show NAME | delete NAME | ping NAME [--timeout S]
        rebound-switch gateways add --name N --host H [--port 5060] [--transport udp|tcp|tls]
         [--username U --password-stdin|--password-file F --realm R] [--strip-digits N] [--add-prefix DIGITS]
         [--caller-id NUMBER] [--buy-table NAME] [--max-calls N] [--trusted ADDR,SUBNET/BITS]
         [--sms yes|no] [--enabled yes|no]
        rebound-switch gateways set NAME [les mêmes options]
</translation>
    </message>
    <message>
        <source>There is no gateway called &apos;%1&apos;; gateways list shows them.</source>
        <translation>Il n’y a pas de passerelle nommée &apos;%1&apos; ; gateways list les affiche.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>BUY TABLE</source>
        <translation>GRILLE D’ACHAT</translation>
    </message>
    <message>
        <source>TRUSTED</source>
        <translation>DE CONFIANCE</translation>
    </message>
    <message>
        <source> (SMS)</source>
        <translation> (SMS)</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (désactivée)</translation>
    </message>
    <message>
        <source>Added gateway %1.
</source>
        <translation>Passerelle %1 ajoutée.
</translation>
    </message>
    <message>
        <source>Saved gateway %1.
</source>
        <translation>Passerelle %1 enregistrée.
</translation>
    </message>
    <message>
        <source>Deleted gateway %1 and its routes.
</source>
        <translation>Passerelle %1 et ses routes supprimées.
</translation>
    </message>
    <message>
        <source>Usage: rebound-switch routes list | add --prefix DIGITS --gateway NAME [--priority 100] | delete ID
       (an empty --prefix routes every number)
</source>
        <translation>Usage : rebound-switch routes list | add --prefix DIGITS --gateway NAME [--priority 100] | delete ID
        (un --prefix vide achemine tous les numéros)
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÉFIXE</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITÉ</translation>
    </message>
    <message>
        <source>GATEWAY</source>
        <translation>PASSERELLE</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <source>--gateway: there is no gateway called &apos;%1&apos;.</source>
        <translation>--gateway : il n’y a pas de passerelle nommée &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Added route #%1: %2 via %3.
</source>
        <translation>Route n° %1 ajoutée : %2 via %3.
</translation>
    </message>
    <message>
        <source>all numbers</source>
        <translation>tous les numéros</translation>
    </message>
    <message>
        <source>routes delete takes the route&apos;s id (routes list shows it).</source>
        <translation>routes delete prend l’id de la route (routes list l’affiche).</translation>
    </message>
    <message>
        <source>Deleted route #%1.
</source>
        <translation>Route n° %1 supprimée.
</translation>
    </message>
    <message>
        <source>Usage: rebound-switch dids list | delete NUMBER
       rebound-switch dids add NUMBER --account CODE [--mode did|lgw --gateway NAME] [--enabled yes|no] [--ask-pin yes|no]
       rebound-switch dids set NUMBER [--account CODE] [--mode did|lgw] [--gateway NAME] [--enabled yes|no] [--ask-pin yes|no]
--ask-pin yes: the IVR asks for the subscriber&apos;s PIN on callbacks from this DID.
</source>
        <translation>Usage : rebound-switch dids list | delete NUMBER
        rebound-switch dids add NUMBER --account CODE [--mode did|lgw --gateway NAME] [--enabled yes|no] [--ask-pin yes|no]
        rebound-switch dids set NUMBER [--account CODE] [--mode did|lgw] [--gateway NAME] [--enabled yes|no] [--ask-pin yes|no]
--ask-pin yes : le SVI demande le PIN de l’abonné pour les rappels depuis ce DID.
</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMÉRO</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source> (asks for the PIN)</source>
        <translation> (demande le PIN)</translation>
    </message>
    <message>
        <source>There is no DID %1.</source>
        <translation>Il n’y a pas de DID %1.</translation>
    </message>
    <message>
        <source>Deleted DID +%1.
</source>
        <translation>DID +%1 supprimé.
</translation>
    </message>
    <message>
        <source>DID +%1 already exists; use dids set.</source>
        <translation>Le DID +%1 existe déjà ; utilisez dids set.</translation>
    </message>
    <message>
        <source>There is no DID %1; use dids add.</source>
        <translation>Il n’y a pas de DID %1 ; utilisez dids add.</translation>
    </message>
    <message>
        <source>--account: there is no subscriber %1.</source>
        <translation>--account : il n’y a pas d’abonné %1.</translation>
    </message>
    <message>
        <source>--account: say which subscriber this DID calls back.</source>
        <translation>--account : indiquez quel abonné ce DID rappelle.</translation>
    </message>
    <message>
        <source>--mode is did or lgw.</source>
        <translation>--mode vaut did ou lgw.</translation>
    </message>
    <message>
        <source>%1 DID +%2 for %3 (%4).
</source>
        <translation>DID +%2 %1 pour %3 (%4).
</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>ajouté</translation>
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
        <translation>Usage : rebound-switch settings list [--all] | get KEY | describe KEY
        rebound-switch settings set KEY VALUE [KEY VALUE ...] | reset KEY [KEY ...]
list affiche chaque paramètre avec sa valeur (* marque une valeur par défaut) ; --all ajoute
les clés qu’aucun paramètre de cette version ne connaît. set vérifie d’abord chaque valeur et
enregistre tout ou rien ; une VALUE vide signifie aucune si le paramètre le permet, sinon la
valeur par défaut. Les paramètres marqués &apos;restart&apos; sont lus au démarrage du commutateur.
Les secrets sont créés par des commandes, pas définis : la clé des PIN de carte (un fichier à
côté de la base, DATABASE.pin-key) par le commutateur, sms.http_secret par rebound-switch sms-http secret.
</translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation>(secret)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>%1 is a secret and is not shown.</source>
        <translation>%1 est un secret et n’est pas affiché.</translation>
    </message>
    <message>
        <source>There is no setting called %1; &apos;settings list&apos; shows them.</source>
        <translation>Il n’y a pas de paramètre nommé %1 ; &apos;settings list&apos; les affiche.</translation>
    </message>
    <message>
        <source>Value: %1
</source>
        <translation>Valeur : %1
</translation>
    </message>
    <message>
        <source>Default: %1
</source>
        <translation>Par défaut : %1
</translation>
    </message>
    <message>
        <source>Choices: %1
</source>
        <translation>Choix : %1
</translation>
    </message>
    <message>
        <source>Read when the switch starts: restart it after a change.
</source>
        <translation>Lu au démarrage du commutateur : redémarrez-le après une modification.
</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>%1 = %2
</source>
        <translation>%1 = %2
</translation>
    </message>
    <message>
        <source>Restart the switch to use the new value.
</source>
        <translation>Redémarrez le commutateur pour utiliser la nouvelle valeur.
</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Rebound callback console</source>
        <translation>Console de rappel Rebound</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Fichier de base de données (par défaut : %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Do not fill a new database with demo data.</source>
        <translation>Ne pas remplir une nouvelle base de données avec les données de démo.</translation>
    </message>
    <message>
        <source>Rebound cannot start</source>
        <translation>Rebound ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>CreditManager</name>
    <message>
        <source>Subscriber #%1 does not exist.</source>
        <translation>L’abonné n° %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Subscriber %1 is not active.</source>
        <translation>L’abonné %1 n’est pas actif.</translation>
    </message>
    <message>
        <source>Subscriber %1 already has %2 call(s) in progress, the most allowed.</source>
        <translation>L’abonné %1 a déjà %2 appel(s) en cours, le maximum autorisé.</translation>
    </message>
    <message>
        <source>Subscriber %1 does not have enough credit for this call.</source>
        <translation>L’abonné %1 n’a pas assez de crédit pour cet appel.</translation>
    </message>
    <message>
        <source>Credit reservation #%1 does not exist (already settled?).</source>
        <translation>La réservation de crédit n° %1 n’existe pas (déjà réglée ?).</translation>
    </message>
    <message>
        <source>settling a call</source>
        <translation>règlement d’un appel</translation>
    </message>
    <message>
        <source>releasing reserved credit</source>
        <translation>libération du crédit réservé</translation>
    </message>
</context>
<context>
    <name>CreditRepository</name>
    <message>
        <source>reading reserved credit</source>
        <translation>lecture du crédit réservé</translation>
    </message>
    <message>
        <source>reading available credit</source>
        <translation>lecture du crédit disponible</translation>
    </message>
    <message>
        <source>reading a balance</source>
        <translation>lecture d’un solde</translation>
    </message>
    <message>
        <source>checking a subscriber&apos;s credit</source>
        <translation>vérification du crédit d’un abonné</translation>
    </message>
    <message>
        <source>reading reservations</source>
        <translation>lecture des réservations</translation>
    </message>
    <message>
        <source>reading a reservation</source>
        <translation>lecture d’une réservation</translation>
    </message>
    <message>
        <source>reserving credit</source>
        <translation>réservation de crédit</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Impossible de lire la base de données %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Rebound database (it is not an SQLite file); it has not been changed.</source>
        <translation>%1 n’est pas une base de données Rebound (ce n’est pas un fichier SQLite) ; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this Rebound only knows versions up to %3. It was written by a newer Rebound; it has not been changed. Upgrade Rebound to open it.</source>
        <translation>La base de données %1 a la version de schéma %2, mais ce Rebound ne connaît que les versions jusqu’à %3. Elle a été écrite par un Rebound plus récent ; elle n’a pas été modifiée. Mettez Rebound à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt n’est pas installé (paquet Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Impossible de créer la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>setting up the database connection</source>
        <translation>préparation de la connexion à la base de données</translation>
    </message>
    <message>
        <source>Upgrading the database %1 to schema version %2 (%3) failed, so it was left at version %4: %5</source>
        <translation>La mise à niveau de la base de données %1 vers la version de schéma %2 (%3) a échoué, elle est donc restée en version %4 : %5</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>lecture de la version du schéma</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>préparation d’une requête</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>début d’une transaction</translation>
    </message>
    <message>
        <source>ending a transaction</source>
        <translation>fin d’une transaction</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>validation d’une transaction</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>Cannot take the lock %1 beside the database.</source>
        <translation>Impossible de prendre le verrou %1 à côté de la base de données.</translation>
    </message>
    <message>
        <source>rebound-switch serve</source>
        <translation>rebound-switch serve</translation>
    </message>
    <message>
        <source>the Rebound console</source>
        <translation>la console Rebound</translation>
    </message>
    <message>
        <source>Another switch is running on %1: %2, PID %3. Stop it first; commands that only read or change data work beside it.</source>
        <translation>Un autre commutateur tourne sur %1 : %2, PID %3. Arrêtez-le d’abord ; les commandes qui ne font que lire ou modifier des données fonctionnent à côté.</translation>
    </message>
    <message>
        <source>A switch is running on %1: %2, PID %3. Stop it before restoring a backup; nothing has been changed.</source>
        <translation>Un commutateur tourne sur %1 : %2, PID %3. Arrêtez-le avant de restaurer une sauvegarde ; rien n’a été modifié.</translation>
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
        <translation>Usage : rebound-switch [--db PATH] demo

Ajoute les données de démo (5 abonnés avec le mot de passe de portail %1, 3 DID, trois
passerelles sur 127.0.0.1, des tarifs, un lot de cartes de recharge) et %2 jours d’historique
d’appels se terminant maintenant (rappels facturés selon la règle de facturation, recharges
dans le grand livre) à une base de données qui n’a encore aucun abonné.
</translation>
    </message>
    <message>
        <source>demo takes no argument &apos;%1&apos;.</source>
        <translation>demo n’accepte pas d’argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 already has subscribers; the demo data goes only into an empty database.</source>
        <translation>%1 a déjà des abonnés ; les données de démo ne vont que dans une base vide.</translation>
    </message>
    <message>
        <source>Demo data and %1 days of call history added to %2.</source>
        <translation>Données de démo et %1 jours d’historique d’appels ajoutés à %2.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo subscriber created on first start; close it when you have real ones.</source>
        <translation>Abonné de démo créé au premier démarrage ; fermez-le quand vous en aurez de vrais.</translation>
    </message>
    <message>
        <source>Demo wholesale prices</source>
        <translation>Prix de gros de démo</translation>
    </message>
    <message>
        <source>Demo subscriber prices: carrier + 60%</source>
        <translation>Prix abonnés de démo : opérateur + 60 %</translation>
    </message>
</context>
<context>
    <name>DemoHistory</name>
    <message>
        <source>The demo history needs the demo subscriber %1.</source>
        <translation>L’historique de démo exige l’abonné de démo %1.</translation>
    </message>
    <message>
        <source>The demo history needs the Demo carrier gateway.</source>
        <translation>L’historique de démo exige la passerelle Demo carrier.</translation>
    </message>
    <message>
        <source>Demo wholesale prices of another carrier</source>
        <translation>Prix de gros de démo d’un autre opérateur</translation>
    </message>
    <message>
        <source>Demo top-up cards</source>
        <translation>Cartes de recharge de démo</translation>
    </message>
    <message>
        <source>The demo plan has no rate for %1.</source>
        <translation>Le plan de démo n’a pas de tarif pour %1.</translation>
    </message>
    <message>
        <source>The demo history has no route to %1.</source>
        <translation>L’historique de démo n’a pas de route vers %1.</translation>
    </message>
</context>
<context>
    <name>DemoRepository</name>
    <message>
        <source>marking demo subscribers</source>
        <translation>marquage des abonnés de démo</translation>
    </message>
    <message>
        <source>giving demo subscribers a plan</source>
        <translation>attribution d’un plan aux abonnés de démo</translation>
    </message>
</context>
<context>
    <name>DialCommand</name>
    <message>
        <source>Send the leg out through this LGW DID&apos;s gateway.</source>
        <translation>Envoyer la branche par la passerelle de ce DID LGW.</translation>
    </message>
    <message>
        <source>Seconds to stay connected once answered (default 2).</source>
        <translation>Secondes de connexion une fois décroché (2 par défaut).</translation>
    </message>
    <message>
        <source>Our SIP address (default 127.0.0.1 on any free port).</source>
        <translation>Notre adresse SIP (par défaut 127.0.0.1 sur un port libre).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: rebound-switch [--db PATH] dial NUMBER [--lgw-did DID] [--hold S] [--sip-listen ADDR:PORT]

Places one test leg the way a callback would (routes, least cost, failover, digest
authentication) and prints each step. The leg carries no audio: it is a signalling test.
</source>
        <translation>Usage : rebound-switch [--db PATH] dial NUMBER [--lgw-did DID] [--hold S] [--sip-listen ADDR:PORT]

Passe une branche de test comme le ferait un rappel (routes, moindre coût, bascule, authentification
digest) et affiche chaque étape. La branche ne transporte aucun son : c’est un test de signalisation.
</translation>
    </message>
    <message>
        <source>dial needs an application event loop.</source>
        <translation>dial exige une boucle d’événements d’application.</translation>
    </message>
    <message>
        <source>%1 is not an LGW DID.</source>
        <translation>%1 n’est pas un DID LGW.</translation>
    </message>
    <message>
        <source>--hold is 0 to 3600 seconds.</source>
        <translation>--hold va de 0 à 3600 secondes.</translation>
    </message>
    <message>
        <source>SIP on %1; dialling %2</source>
        <translation>SIP sur %1 ; appel de %2</translation>
    </message>
    <message>
        <source>answered via %1; hanging up in %2 s</source>
        <translation>décroché via %1 ; raccrochage dans %2 s</translation>
    </message>
    <message>
        <source>failed: %1 %2</source>
        <translation>échec : %1 %2</translation>
    </message>
    <message>
        <source>ended: %1</source>
        <translation>terminé : %1</translation>
    </message>
</context>
<context>
    <name>DialPlan</name>
    <message>
        <source>&apos;+&apos; may only appear at the start of the number.</source>
        <translation>&apos;+&apos; ne peut figurer qu’au début du numéro.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in a phone number; use digits only.</source>
        <translation>&apos;%1&apos; n’est pas autorisé dans un numéro de téléphone ; utilisez seulement des chiffres.</translation>
    </message>
    <message>
        <source>The dial plan is not valid: %1</source>
        <translation>Le plan de numérotation n’est pas valide : %1</translation>
    </message>
    <message>
        <source>&apos;+&apos; must be followed by the country code and the number.</source>
        <translation>&apos;+&apos; doit être suivi de l’indicatif pays et du numéro.</translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation>Le numéro est vide.</translation>
    </message>
    <message>
        <source>The number is only the international prefix %1; add the country code and the number after it.</source>
        <translation>Le numéro n’est que le préfixe international %1 ; ajoutez ensuite l’indicatif pays et le numéro.</translation>
    </message>
    <message>
        <source>The number is only the national prefix %1; add the rest of the number after it.</source>
        <translation>Le numéro n’est que le préfixe national %1 ; ajoutez ensuite le reste du numéro.</translation>
    </message>
    <message>
        <source>A country code cannot start with 0; an international number starts with +, then the country code.</source>
        <translation>Un indicatif pays ne peut pas commencer par 0 ; un numéro international commence par +, puis l’indicatif pays.</translation>
    </message>
    <message>
        <source>A country code cannot start with 0; an international number starts with + or %1, then the country code.</source>
        <translation>Un indicatif pays ne peut pas commencer par 0 ; un numéro international commence par + ou %1, puis l’indicatif pays.</translation>
    </message>
    <message numerus="yes">
        <source>The number is too short (%n digits); an international number has at least %1.</source>
        <translation>
            <numerusform>Le numéro est trop court (%n chiffre) ; un numéro international en a au moins %1.</numerusform>
            <numerusform>Le numéro est trop court (%n chiffres) ; un numéro international en a au moins %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A national number needs the country code; type +%1 before it.</source>
        <translation>Un numéro national exige l’indicatif pays ; tapez +%1 devant.</translation>
    </message>
    <message>
        <source>A national number needs the country code; type +%1 or %2 before it.</source>
        <translation>Un numéro national exige l’indicatif pays ; tapez +%1 ou %2 devant.</translation>
    </message>
    <message numerus="yes">
        <source>The number is too long (%n digits); an international number has at most %1.</source>
        <translation>
            <numerusform>Le numéro est trop long (%n chiffre) ; un numéro international en a au plus %1.</numerusform>
            <numerusform>Le numéro est trop long (%n chiffres) ; un numéro international en a au plus %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The country code is empty.</source>
        <translation>L’indicatif pays est vide.</translation>
    </message>
    <message>
        <source>The country code &apos;%1&apos; must contain digits only.</source>
        <translation>L’indicatif pays &apos;%1&apos; ne doit contenir que des chiffres.</translation>
    </message>
    <message>
        <source>The country code &apos;%1&apos; is too long; country codes have 1 to 3 digits.</source>
        <translation>L’indicatif pays &apos;%1&apos; est trop long ; les indicatifs pays ont 1 à 3 chiffres.</translation>
    </message>
    <message>
        <source>A country code cannot start with 0.</source>
        <translation>Un indicatif pays ne peut pas commencer par 0.</translation>
    </message>
    <message>
        <source>An international prefix cannot be empty.</source>
        <translation>Un préfixe international ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The international prefix &apos;%1&apos; must contain digits only.</source>
        <translation>Le préfixe international &apos;%1&apos; ne doit contenir que des chiffres.</translation>
    </message>
    <message>
        <source>The national prefix &apos;%1&apos; must contain digits only.</source>
        <translation>Le préfixe national &apos;%1&apos; ne doit contenir que des chiffres.</translation>
    </message>
    <message>
        <source>The national prefix &apos;%1&apos; is the same as an international prefix.</source>
        <translation>Le préfixe national &apos;%1&apos; est identique à un préfixe international.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message numerus="yes">
        <source>%n call(s) in progress end now; they are billed up to now.</source>
        <translation>
            <numerusform>%n appel en cours se termine maintenant ; il est facturé jusqu’à maintenant.</numerusform>
            <numerusform>%n appels en cours se terminent maintenant ; ils sont facturés jusqu’à maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found in %1: %2; nothing was imported. Fix the file and import it again.</source>
        <translation>Problèmes trouvés dans %1 : %2 ; rien n’a été importé. Corrigez le fichier et importez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>DidTrigger</name>
    <message>
        <source>INVITE %1 from untrusted %2: 403</source>
        <translation>INVITE %1 de %2 non fiable : 403</translation>
    </message>
    <message>
        <source>INVITE %1 from %2 (%3): no such DID, 404</source>
        <translation>INVITE %1 de %2 (%3) : DID inexistant, 404</translation>
    </message>
    <message>
        <source>(no caller ID)</source>
        <translation>(pas de numéro d’appelant)</translation>
    </message>
    <message>
        <source>caller %1 is not a registered phone of subscriber %2</source>
        <translation>l’appelant %1 n’est pas un téléphone enregistré de l’abonné %2</translation>
    </message>
    <message>
        <source>INVITE %1 from %2 (%3): 486, no callback: %4</source>
        <translation>INVITE %1 de %2 (%3) : 486, pas de rappel : %4</translation>
    </message>
    <message>
        <source>INVITE %1 from %2 (%3): 486, callback request #%4 for %5</source>
        <translation>INVITE %1 de %2 (%3) : 486, demande de rappel n° %4 pour %5</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>FraudMonitor</name>
    <message>
        <source>suspended by the fraud alarm: %1</source>
        <translation>suspendu par l’alarme de fraude : %1</translation>
    </message>
    <message>
        <source> (account suspended)</source>
        <translation> (compte suspendu)</translation>
    </message>
    <message>
        <source>account %1 asked for %2 callbacks in the last hour (alarm above %3)</source>
        <translation>le compte %1 a demandé %2 rappels dans la dernière heure (alarme au-dessus de %3)</translation>
    </message>
    <message>
        <source>account %1 spent %2 in the last hour (alarm above %3)</source>
        <translation>le compte %1 a dépensé %2 dans la dernière heure (alarme au-dessus de %3)</translation>
    </message>
    <message>
        <source>account %1 called +%2 at %3 a minute (alarm above %4)</source>
        <translation>le compte %1 a appelé le +%2 à %3 la minute (alarme au-dessus de %4)</translation>
    </message>
    <message>
        <source>subscribers spent %1 in the last hour (alarm above %2)</source>
        <translation>les abonnés ont dépensé %1 dans la dernière heure (alarme au-dessus de %2)</translation>
    </message>
    <message>
        <source>gateway %1 answered %2 of %3 attempts in the last hour (alarm below %4 %)</source>
        <translation>la passerelle %1 a répondu à %2 tentatives sur %3 dans la dernière heure (alarme sous %4 %)</translation>
    </message>
</context>
<context>
    <name>GatewayModels</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>GatewayRepository</name>
    <message>
        <source>listing gateways</source>
        <translation>lecture de la liste des passerelles</translation>
    </message>
    <message>
        <source>reading a gateway</source>
        <translation>lecture d’une passerelle</translation>
    </message>
    <message>
        <source>adding gateway %1</source>
        <translation>ajout de la passerelle %1</translation>
    </message>
    <message>
        <source>saving gateway %1</source>
        <translation>enregistrement de la passerelle %1</translation>
    </message>
    <message>
        <source>Gateway #%1 does not exist.</source>
        <translation>La passerelle n° %1 n’existe pas.</translation>
    </message>
    <message>
        <source>deleting gateway #%1</source>
        <translation>suppression de la passerelle n° %1</translation>
    </message>
    <message>
        <source>listing routes</source>
        <translation>lecture de la liste des routes</translation>
    </message>
    <message>
        <source>adding a route for prefix &apos;%1&apos;</source>
        <translation>ajout d’une route pour le préfixe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>deleting route #%1</source>
        <translation>suppression de la route n° %1</translation>
    </message>
    <message>
        <source>Route #%1 does not exist.</source>
        <translation>La route n° %1 n’existe pas.</translation>
    </message>
    <message>
        <source>listing DIDs</source>
        <translation>lecture de la liste des DID</translation>
    </message>
    <message>
        <source>looking up a DID</source>
        <translation>recherche d’un DID</translation>
    </message>
    <message>
        <source>adding DID %1</source>
        <translation>ajout du DID %1</translation>
    </message>
    <message>
        <source>saving DID %1</source>
        <translation>enregistrement du DID %1</translation>
    </message>
    <message>
        <source>DID #%1 does not exist.</source>
        <translation>Le DID n° %1 n’existe pas.</translation>
    </message>
    <message>
        <source>deleting DID #%1</source>
        <translation>suppression du DID n° %1</translation>
    </message>
    <message>
        <source>reading the test carrier</source>
        <translation>lecture de l’opérateur de test</translation>
    </message>
    <message>
        <source>pointing the test carrier at the test phones</source>
        <translation>orientation de l’opérateur de test vers les téléphones de test</translation>
    </message>
    <message>
        <source>adding the test carrier</source>
        <translation>ajout de l’opérateur de test</translation>
    </message>
    <message>
        <source>listing a subscriber&apos;s DIDs</source>
        <translation>lecture de la liste des DID d’un abonné</translation>
    </message>
    <message>
        <source>reading a route</source>
        <translation>lecture d’une route</translation>
    </message>
</context>
<context>
    <name>HostPort</name>
    <message>
        <source>%1 is not an IP address</source>
        <translation>%1 n’est pas une adresse IP</translation>
    </message>
    <message>
        <source>port %1 is in use by another program</source>
        <translation>le port %1 est utilisé par un autre programme</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer</source>
        <translation>%1 n’est pas une adresse de cet ordinateur</translation>
    </message>
    <message>
        <source>port %1 needs administrator rights (ports below 1024 do)</source>
        <translation>le port %1 exige les droits d’administrateur (c’est le cas des ports inférieurs à 1024)</translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <source>recording a balance change for subscriber #%1</source>
        <translation>enregistrement d’un mouvement de solde pour l’abonné n° %1</translation>
    </message>
    <message>
        <source>Subscriber #%1 does not exist.</source>
        <translation>L’abonné n° %1 n’existe pas.</translation>
    </message>
    <message>
        <source>reading the ledger</source>
        <translation>lecture du grand livre</translation>
    </message>
    <message>
        <source>adding up the ledger</source>
        <translation>totalisation du grand livre</translation>
    </message>
    <message>
        <source>checking balances against the ledger</source>
        <translation>vérification des soldes par rapport au grand livre</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>A sign on its own is not an amount; type a number after it.</source>
        <translation>Un signe seul n’est pas un montant ; tapez un nombre après.</translation>
    </message>
    <message>
        <source>Type a number, not just a currency.</source>
        <translation>Tapez un nombre, pas seulement une devise.</translation>
    </message>
    <message>
        <source>The amount has more than one decimal point (&apos;%1&apos;).</source>
        <translation>Le montant comporte plus d’un séparateur décimal (&apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The grouping separator &apos;%1&apos; cannot come after the decimal point &apos;%2&apos;.</source>
        <translation>Le séparateur de milliers &apos;%1&apos; ne peut pas venir après le séparateur décimal &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may only appear at the start of the amount.</source>
        <translation>&apos;%1&apos; ne peut figurer qu’au début du montant.</translation>
    </message>
    <message>
        <source>The amount cannot contain spaces.</source>
        <translation>Le montant ne peut pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in an amount; use digits and &apos;%2&apos; as the decimal point.</source>
        <translation>&apos;%1&apos; n’est pas autorisé dans un montant ; utilisez des chiffres et &apos;%2&apos; comme séparateur décimal.</translation>
    </message>
    <message>
        <source>The amount has no digits.</source>
        <translation>Le montant ne contient aucun chiffre.</translation>
    </message>
    <message>
        <source>The grouping separator &apos;%1&apos; is in the wrong place.</source>
        <translation>Le séparateur de milliers &apos;%1&apos; est mal placé.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop grand.</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <source>Enter the PIN printed on the card.</source>
        <translation>Saisissez le PIN imprimé sur la carte.</translation>
    </message>
    <message>
        <source>A card PIN has digits only.</source>
        <translation>Un PIN de carte ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>A card PIN has %1 to %2 digits; this one has %3.</source>
        <translation>Un PIN de carte comporte %1 à %2 chiffres ; celui-ci en a %3.</translation>
    </message>
    <message>
        <source>That PIN is not valid; check the digits and try again.</source>
        <translation>Ce PIN n’est pas valide ; vérifiez les chiffres et réessayez.</translation>
    </message>
</context>
<context>
    <name>PinKey</name>
    <message>
        <source>Cannot write the card PIN key %1: %2</source>
        <translation>Impossible d’écrire la clé des PIN de carte %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the card PIN key %1: %2</source>
        <translation>Impossible de lire la clé des PIN de carte %1 : %2</translation>
    </message>
    <message>
        <source>The card PIN key %1 is damaged: restore it from your backup.</source>
        <translation>La clé des PIN de carte %1 est endommagée : restaurez-la depuis votre sauvegarde.</translation>
    </message>
    <message>
        <source>The card PIN key %1 is missing, and cards exist: restore the key from the backup you made with the database. A new key would make every printed PIN worthless.</source>
        <translation>La clé des PIN de carte %1 est absente alors que des cartes existent : restaurez la clé depuis la sauvegarde faite avec la base de données. Une nouvelle clé rendrait sans valeur tous les PIN imprimés.</translation>
    </message>
</context>
<context>
    <name>PromptSet</name>
    <message>
        <source>Cannot read the prompt %1: %2</source>
        <translation>Impossible de lire l’annonce %1 : %2</translation>
    </message>
    <message>
        <source>The prompt %1 is %2 Hz, %3 channel(s); prompts must be 8000 Hz mono 16-bit PCM WAV. Convert it, e.g. with: sox in.wav -r 8000 -c 1 -b 16 out.wav</source>
        <translation>L’annonce %1 est en %2 Hz, %3 canal(aux) ; les annonces doivent être en WAV PCM 16 bits mono 8000 Hz. Convertissez-la, p. ex. avec : sox in.wav -r 8000 -c 1 -b 16 out.wav</translation>
    </message>
    <message>
        <source>The prompt %1 is truncated: %2 of %3 samples read</source>
        <translation>L’annonce %1 est tronquée : %2 échantillons lus sur %3</translation>
    </message>
    <message>
        <source>The prompt folder %1 does not exist</source>
        <translation>Le dossier d’annonces %1 n’existe pas</translation>
    </message>
    <message>
        <source>The prompt folder %1 holds no .wav files</source>
        <translation>Le dossier d’annonces %1 ne contient aucun fichier .wav</translation>
    </message>
    <message>
        <source>No %1 IVR prompts (%2): subscribers speaking %1 hear English</source>
        <translation>Aucune annonce SVI en %1 (%2) : les abonnés parlant %1 entendent l’anglais</translation>
    </message>
    <message>
        <source>The %1 IVR prompts are not used (%2): subscribers speaking %1 hear English</source>
        <translation>Les annonces SVI en %1 ne sont pas utilisées (%2) : les abonnés parlant %1 entendent l’anglais</translation>
    </message>
    <message>
        <source>The %1 IVR prompts lack these, which are spoken in English: %2</source>
        <translation>Il manque aux annonces SVI en %1 celles-ci, dites en anglais : %2</translation>
    </message>
</context>
<context>
    <name>PublicAddress</name>
    <message>
        <source>&apos;%1&apos; is not an IP address or host name with an optional port; write it like 203.0.113.7, sip.example.com:5070 or [2001:db8::7]:5060.</source>
        <translation>&apos;%1&apos; n’est pas une adresse IP ni un nom d’hôte avec un port facultatif ; écrivez-le comme 203.0.113.7, sip.example.com:5070 ou [2001:db8::7]:5060.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the port is the one the router forwards to the switch, 1 to 65535.</source>
        <translation>&apos;%1&apos; : le port est celui que le routeur redirige vers le commutateur, de 1 à 65535.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address others can reach the switch at; give the router&apos;s public address, such as 203.0.113.7.</source>
        <translation>&apos;%1&apos; n’est pas une adresse à laquelle d’autres peuvent joindre le commutateur ; donnez l’adresse publique du routeur, comme 203.0.113.7.</translation>
    </message>
</context>
<context>
    <name>RateCache</name>
    <message>
        <source>Rate table #%1 does not exist.</source>
        <translation>La grille tarifaire n° %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>RateCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the sheet as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>le texte n’est pas de l’UTF-8 valide ; enregistrez la feuille en UTF-8 (« CSV UTF-8 » dans Excel)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; — only a comma, semicolon or tab can separate columns</source>
        <translation>&apos;%1&apos; — seuls une virgule, un point-virgule ou une tabulation peuvent séparer les colonnes</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>tarif</translation>
    </message>
    <message>
        <source>connect fee</source>
        <translation>frais de connexion</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <source>grace</source>
        <translation>franchise</translation>
    </message>
    <message>
        <source>prefix is empty</source>
        <translation>le préfixe est vide</translation>
    </message>
    <message>
        <source>prefix &apos;%1&apos; must contain only digits (a leading + and spaces or dashes are allowed)</source>
        <translation>le préfixe &apos;%1&apos; ne doit contenir que des chiffres (un + en tête et des espaces ou tirets sont admis)</translation>
    </message>
    <message>
        <source>prefix &apos;%1&apos; has %2 digits; at most %3 are allowed</source>
        <translation>le préfixe &apos;%1&apos; a %2 chiffres ; %3 au plus sont admis</translation>
    </message>
    <message>
        <source>prefix &apos;%1&apos; starts with 0; write the country code without an international access code, e.g. 44 rather than 0044</source>
        <translation>le préfixe &apos;%1&apos; commence par 0 ; écrivez l’indicatif pays sans préfixe international, p. ex. 44 plutôt que 0044</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation>%1 &apos;%2&apos; n’est pas un nombre</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must not be negative</source>
        <translation>%1 &apos;%2&apos; ne doit pas être négatif</translation>
    </message>
    <message>
        <source>increment &apos;%1&apos; — both parts must be whole numbers from 1 to %2</source>
        <translation>incrément &apos;%1&apos; — les deux parties doivent être des nombres entiers de 1 à %2</translation>
    </message>
    <message>
        <source>increment &apos;%1&apos; must be a whole number of seconds from 1 to %2, or first/next such as 60/60</source>
        <translation>l’incrément &apos;%1&apos; doit être un nombre entier de secondes de 1 à %2, ou premier/suivant comme 60/60</translation>
    </message>
    <message>
        <source>first increment</source>
        <translation>premier incrément</translation>
    </message>
    <message>
        <source>next increment</source>
        <translation>incrément suivant</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must be a whole number of seconds from 1 to %3</source>
        <translation>%1 &apos;%2&apos; doit être un nombre entier de secondes de 1 à %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must be a whole number of seconds from 0 to %3</source>
        <translation>%1 &apos;%2&apos; doit être un nombre entier de secondes de 0 à %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date; use YYYY-MM-DD, optionally with a time such as 2024-03-01 12:00 (UTC)</source>
        <translation>%1 &apos;%2&apos; n’est pas une date ; utilisez YYYY-MM-DD, éventuellement avec une heure comme 2024-03-01 12:00 (UTC)</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>valable du</translation>
    </message>
    <message>
        <source>valid to</source>
        <translation>valable au</translation>
    </message>
    <message>
        <source>valid to &apos;%1&apos; must be after valid from &apos;%2&apos;</source>
        <translation>valable au &apos;%1&apos; doit être après valable du &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a time from 00:00 to 24:00 (HH:MM)</source>
        <translation>%1 &apos;%2&apos; n’est pas une heure de 00:00 à 24:00 (HH:MM)</translation>
    </message>
    <message>
        <source>time from</source>
        <translation>heure de début</translation>
    </message>
    <message>
        <source>time to</source>
        <translation>heure de fin</translation>
    </message>
    <message>
        <source>time from &apos;%1&apos; has no time to; give both ends of the window or neither</source>
        <translation>l’heure de début &apos;%1&apos; n’a pas d’heure de fin ; donnez les deux bornes de la plage ou aucune</translation>
    </message>
    <message>
        <source>time to &apos;%1&apos; has no time from; give both ends of the window or neither</source>
        <translation>l’heure de fin &apos;%1&apos; n’a pas d’heure de début ; donnez les deux bornes de la plage ou aucune</translation>
    </message>
    <message>
        <source>time from &apos;%1&apos; cannot be 24:00; use 00:00</source>
        <translation>l’heure de début &apos;%1&apos; ne peut pas être 24:00 ; utilisez 00:00</translation>
    </message>
    <message>
        <source>time window %1-%2 is empty; leave both times out (or use 00:00-24:00) for the whole day</source>
        <translation>la plage horaire %1-%2 est vide ; omettez les deux heures (ou utilisez 00:00-24:00) pour toute la journée</translation>
    </message>
    <message>
        <source>days &apos;%1&apos; — use day names such as Mon-Fri or Sat,Sun, or a mask such as 1111100 (Monday first)</source>
        <translation>jours &apos;%1&apos; — utilisez des noms de jours comme Mon-Fri ou Sat,Sun, ou un masque comme 1111100 (lundi en premier)</translation>
    </message>
    <message>
        <source>days &apos;%1&apos; selects no day</source>
        <translation>les jours &apos;%1&apos; ne sélectionnent aucun jour</translation>
    </message>
    <message>
        <source>columns %1 (&apos;%2&apos;) and %3 (&apos;%4&apos;) both give the %5; keep only one</source>
        <translation>les colonnes %1 (&apos;%2&apos;) et %3 (&apos;%4&apos;) donnent toutes deux le %5 ; n’en gardez qu’une</translation>
    </message>
    <message>
        <source>the header has no %1 column (recognised names: %2)</source>
        <translation>l’en-tête n’a pas de colonne %1 (noms reconnus : %2)</translation>
    </message>
    <message>
        <source>the header has both an increment column and first/next increment columns; keep one or the other</source>
        <translation>l’en-tête a à la fois une colonne incrément et des colonnes premier/suivant incrément ; gardez l’une ou l’autre</translation>
    </message>
    <message>
        <source>a quoted field is not closed (a &apos;&quot;&apos; is missing)</source>
        <translation>un champ entre guillemets n’est pas fermé (il manque un &apos;&quot;&apos;)</translation>
    </message>
    <message>
        <source>no rates found</source>
        <translation>aucun tarif trouvé</translation>
    </message>
    <message>
        <source>expected at least 3 columns (prefix, destination, rate) but found %1</source>
        <translation>au moins 3 colonnes attendues (préfixe, destination, tarif) mais %1 trouvées</translation>
    </message>
    <message>
        <source>prefix %1 already appears on line %2 with the same validity and hours</source>
        <translation>le préfixe %1 figure déjà à la ligne %2 avec la même validité et les mêmes heures</translation>
    </message>
</context>
<context>
    <name>RateRepository</name>
    <message>
        <source>listing rate tables</source>
        <translation>lecture de la liste des grilles tarifaires</translation>
    </message>
    <message>
        <source>reading a rate table</source>
        <translation>lecture d’une grille tarifaire</translation>
    </message>
    <message>
        <source>A rate table needs a name.</source>
        <translation>Une grille tarifaire a besoin d’un nom.</translation>
    </message>
    <message>
        <source>creating rate table %1</source>
        <translation>création de la grille tarifaire %1</translation>
    </message>
    <message>
        <source>deleting rate table #%1</source>
        <translation>suppression de la grille tarifaire n° %1</translation>
    </message>
    <message>
        <source>Rate table #%1 does not exist.</source>
        <translation>La grille tarifaire n° %1 n’existe pas.</translation>
    </message>
    <message>
        <source>reading rates</source>
        <translation>lecture des tarifs</translation>
    </message>
    <message>
        <source>saving the rates of %1</source>
        <translation>enregistrement des tarifs de %1</translation>
    </message>
    <message>
        <source>reading the rates revision</source>
        <translation>lecture de la révision des tarifs</translation>
    </message>
    <message>
        <source>recording a rates change</source>
        <translation>enregistrement d’une modification des tarifs</translation>
    </message>
</context>
<context>
    <name>RateService</name>
    <message>
        <source>Name the rate table to import into.</source>
        <translation>Nommez la grille tarifaire dans laquelle importer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 table, not %3.</source>
        <translation>&apos;%1&apos; est une grille %2, pas %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a new table: choose whether it is a sell plan (what subscribers pay) or a buy table (what a gateway charges).</source>
        <translation>&apos;%1&apos; est une nouvelle grille : choisissez s’il s’agit d’un plan de vente (ce que paient les abonnés) ou d’une grille d’achat (ce que facture une passerelle).</translation>
    </message>
    <message>
        <source>Rate table #%1 does not exist.</source>
        <translation>La grille tarifaire n° %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Name the sell plan to write.</source>
        <translation>Nommez le plan de vente à écrire.</translation>
    </message>
    <message>
        <source>The sell plan must be a different table from %1.</source>
        <translation>Le plan de vente doit être une grille différente de %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a buy table; the markup tool writes sell plans.</source>
        <translation>&apos;%1&apos; est une grille d’achat ; l’outil de marge écrit des plans de vente.</translation>
    </message>
    <message>
        <source>Made from %1 by the markup tool</source>
        <translation>Créé depuis %1 par l’outil de marge</translation>
    </message>
</context>
<context>
    <name>RatesCommand</name>
    <message>
        <source>Name the rate table with --table (or --plan).</source>
        <translation>Nommez la grille tarifaire avec --table (ou --plan).</translation>
    </message>
    <message>
        <source>There is no rate table called &apos;%1&apos;; rates list shows them.</source>
        <translation>Il n’y a pas de grille tarifaire nommée &apos;%1&apos; ; rates list les affiche.</translation>
    </message>
    <message>
        <source>--%1 is missing.</source>
        <translation>--%1 est absent.</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds from 0 to 86400.</source>
        <translation>--%1 doit être un nombre de secondes de 0 à 86400.</translation>
    </message>
    <message>
        <source>--at &apos;%1&apos; is not a date and time; write it like 2026-03-04T18:30 (reseller&apos;s time zone) or 2026-03-04T18:30Z (UTC).</source>
        <translation>--at &apos;%1&apos; n’est pas une date et heure ; écrivez-la comme 2026-03-04T18:30 (fuseau du revendeur) ou 2026-03-04T18:30Z (UTC).</translation>
    </message>
    <message>
        <source>, connect %1</source>
        <translation>, connexion %1</translation>
    </message>
    <message>
        <source>, minimum %1 s</source>
        <translation>, minimum %1 s</translation>
    </message>
    <message>
        <source>, grace %1 s</source>
        <translation>, franchise %1 s</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Tarif :</translation>
    </message>
    <message>
        <source>none: this destination is not in the plan</source>
        <translation>aucun : cette destination n’est pas dans le plan</translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation>Décroché :</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Charged:</source>
        <translation>Facturé :</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prix :</translation>
    </message>
    <message>
        <source>Buy rate:</source>
        <translation>Tarif d’achat :</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Coût :</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>Profit:</source>
        <translation>Marge :</translation>
    </message>
    <message>
        <source>unknown: no buy rate for this number</source>
        <translation>inconnu : pas de tarif d’achat pour ce numéro</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>DEVISE</translation>
    </message>
    <message>
        <source>RATES</source>
        <translation>TARIFS</translation>
    </message>
    <message>
        <source>rates import needs exactly one CSV file.</source>
        <translation>rates import exige exactement un fichier CSV.</translation>
    </message>
    <message>
        <source>Name the rate table to fill with --table.</source>
        <translation>Nommez la grille tarifaire à remplir avec --table.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>--kind must be sell or buy.</source>
        <translation>--kind doit valoir sell ou buy.</translation>
    </message>
    <message numerus="yes">
        <source>rebound-switch: %n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>rebound-switch: %n problème trouvé ; rien n’a été importé.</numerusform>
            <numerusform>rebound-switch: %n problèmes trouvés ; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 rates into %2 (replacing %3).</source>
        <translation>%1 tarifs importés dans %2 (remplaçant %3).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1 rates of %2 to %3.</source>
        <translation>%1 tarifs de %2 écrits dans %3.</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>--callback needs --account CODE (whose plan and credit to use).</source>
        <translation>--callback exige --account CODE (dont le plan et le crédit sont utilisés).</translation>
    </message>
    <message>
        <source>There is no subscriber with account code %1.</source>
        <translation>Aucun abonné n’a le code de compte %1.</translation>
    </message>
    <message>
        <source>Subscriber %1 has no sell plan.</source>
        <translation>L’abonné %1 n’a pas de plan de vente.</translation>
    </message>
    <message>
        <source>%1 is not in subscriber %2&apos;s plan.</source>
        <translation>%1 n’est pas dans le plan de l’abonné %2.</translation>
    </message>
    <message>
        <source>Subscriber %1 cannot afford this call: %2 available.</source>
        <translation>L’abonné %1 ne peut pas payer cet appel : %2 disponible.</translation>
    </message>
    <message>
        <source>Longest talk time: %1 s (%2:%3) for %4 of %5 available.</source>
        <translation>Durée de conversation maximale : %1 s (%2:%3) pour %4 sur %5 disponible.</translation>
    </message>
    <message>
        <source>Leg A (callback)</source>
        <translation>Branche A (rappel)</translation>
    </message>
    <message>
        <source>Leg B (destination)</source>
        <translation>Branche B (destination)</translation>
    </message>
    <message>
        <source>Total price %1, cost %2, profit %3</source>
        <translation>Prix total %1, coût %2, marge %3</translation>
    </message>
    <message>
        <source>must not be negative.</source>
        <translation>ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>Name the sell plan to write with --to.</source>
        <translation>Nommez le plan de vente à écrire avec --to.</translation>
    </message>
    <message>
        <source>--increments must look like 30/6 (seconds, 1 to 3600).</source>
        <translation>--increments doit ressembler à 30/6 (secondes, 1 à 3600).</translation>
    </message>
    <message>
        <source>Wrote %1 sell rates to %2.</source>
        <translation>%1 tarifs de vente écrits dans %2.</translation>
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
        <translation>Usage : rebound-switch [--db PATH] [--json] rates SUBCOMMAND

  list [--table NAME [--search TEXT]]   les grilles, ou les tarifs de l’une d’elles
  import FILE --table NAME [--kind sell|buy] [--currency CODE]
                                        remplace les tarifs d’une grille par un CSV d’opérateur ;
                                        un fichier avec une ligne erronée ne change rien
  export --table NAME [--output FILE]   CSV vers stdout ou un fichier
  quote --plan NAME --number N --seconds S [--at TIME] [--buy TABLE]
  quote --account CODE --callback A --destination B --seconds-a SA --seconds-b SB
  quote --account CODE --callback A --destination B --seconds-a SA --max-talk
                                        durée de conversation maximale que le compte peut payer
  markup --from BUY --to SELL [--percent 60] [--fixed 0.002] [--step 0.001]
         [--increments 30/6]            crée un plan de vente à partir d’une grille d’achat
  delete --table NAME

--at prend 2026-03-04T18:30 (fuseau de facturation) ou 2026-03-04T18:30Z (UTC).
Le coût d’un devis vient de la grille d’achat de la passerelle que le commutateur appellerait
en premier (préfixe de route le plus long, puis priorité, puis moindre coût) ; --buy en tarife une autre.
</translation>
    </message>
    <message>
        <source>Rate table name.</source>
        <translation>Nom de la grille tarifaire.</translation>
    </message>
    <message>
        <source>Prefix or destination text.</source>
        <translation>Préfixe ou texte de destination.</translation>
    </message>
    <message>
        <source>sell or buy.</source>
        <translation>sell ou buy.</translation>
    </message>
    <message>
        <source>ISO currency code.</source>
        <translation>Code ISO de la devise.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Fichier de sortie.</translation>
    </message>
    <message>
        <source>Sell plan name.</source>
        <translation>Nom du plan de vente.</translation>
    </message>
    <message>
        <source>Buy table name.</source>
        <translation>Nom de la grille d’achat.</translation>
    </message>
    <message>
        <source>Number to price.</source>
        <translation>Numéro à tarifer.</translation>
    </message>
    <message>
        <source>Answered seconds.</source>
        <translation>Secondes décrochées.</translation>
    </message>
    <message>
        <source>Time of the call.</source>
        <translation>Heure de l’appel.</translation>
    </message>
    <message>
        <source>Account code.</source>
        <translation>Code de compte.</translation>
    </message>
    <message>
        <source>Callback number (leg A).</source>
        <translation>Numéro de rappel (branche A).</translation>
    </message>
    <message>
        <source>Destination (leg B).</source>
        <translation>Destination (branche B).</translation>
    </message>
    <message>
        <source>Leg A seconds.</source>
        <translation>Secondes de la branche A.</translation>
    </message>
    <message>
        <source>Leg B seconds.</source>
        <translation>Secondes de la branche B.</translation>
    </message>
    <message>
        <source>Print the longest affordable talk time.</source>
        <translation>Afficher la durée de conversation maximale payable.</translation>
    </message>
    <message>
        <source>Buy table to mark up.</source>
        <translation>Grille d’achat à majorer.</translation>
    </message>
    <message>
        <source>Sell plan to write.</source>
        <translation>Plan de vente à écrire.</translation>
    </message>
    <message>
        <source>Margin in percent.</source>
        <translation>Marge en pourcentage.</translation>
    </message>
    <message>
        <source>Fixed margin per minute.</source>
        <translation>Marge fixe par minute.</translation>
    </message>
    <message>
        <source>Round sell rates up to this step.</source>
        <translation>Arrondir les tarifs de vente au pas supérieur.</translation>
    </message>
    <message>
        <source>Sell increments, e.g. 30/6.</source>
        <translation>Incréments de vente, p. ex. 30/6.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Run rebound-switch rates --help.</source>
        <translation>Lancez rebound-switch rates --help.</translation>
    </message>
    <message>
        <source>Deleted rate table %1.</source>
        <translation>Grille tarifaire %1 supprimée.</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>reading call records</source>
        <translation>lecture des tickets d’appel</translation>
    </message>
    <message>
        <source>reading a call record</source>
        <translation>lecture d’un ticket d’appel</translation>
    </message>
    <message>
        <source>adding up calls</source>
        <translation>totalisation des appels</translation>
    </message>
    <message>
        <source>adding up calls by group</source>
        <translation>totalisation des appels par groupe</translation>
    </message>
    <message>
        <source>adding up calls over time</source>
        <translation>totalisation des appels dans le temps</translation>
    </message>
    <message>
        <source>counting failed calls</source>
        <translation>comptage des appels échoués</translation>
    </message>
    <message>
        <source>adding up the ledger&apos;s call charges</source>
        <translation>totalisation des frais d’appel du grand livre</translation>
    </message>
    <message>
        <source>counting callback requests</source>
        <translation>comptage des demandes de rappel</translation>
    </message>
    <message>
        <source>counting calls in progress</source>
        <translation>comptage des appels en cours</translation>
    </message>
    <message>
        <source>finding low balances</source>
        <translation>recherche des soldes bas</translation>
    </message>
    <message>
        <source>listing hang-up reasons</source>
        <translation>liste des motifs de raccrochage</translation>
    </message>
</context>
<context>
    <name>ReportsCommand</name>
    <message>
        <source>--%1 is missing: a report covers --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>--%1 est absent : un rapport couvre --from YYYY-MM-DD --to YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--to: %1 is before --from %2.</source>
        <translation>--to : %1 est avant --from %2.</translation>
    </message>
    <message>
        <source>--account: there is no subscriber with account code %1; accounts list shows them.</source>
        <translation>--account : aucun abonné n’a le code de compte %1 ; accounts list les affiche.</translation>
    </message>
    <message>
        <source>--destination: give a number&apos;s start such as +44, or part of a destination&apos;s name.</source>
        <translation>--destination : donnez le début d’un numéro comme +33, ou une partie du nom d’une destination.</translation>
    </message>
    <message>
        <source>No calls match.
</source>
        <translation>Aucun appel ne correspond.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>START</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation>DÉCLENCHEUR</translation>
    </message>
    <message>
        <source>CALLBACK</source>
        <translation>RAPPEL</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>DESTINATION</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>TALK S</source>
        <translation>DURÉE S</translation>
    </message>
    <message>
        <source>SELL</source>
        <translation>VENTE</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>COÛT</translation>
    </message>
    <message>
        <source>PROFIT</source>
        <translation>MARGE</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), newest first; times in %1.</source>
        <translation>
            <numerusform>%n appel, le plus récent en premier ; heures en %1.</numerusform>
            <numerusform>%n appels, les plus récents en premier ; heures en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source> There are more; --limit N shows N.</source>
        <translation> Il y en a d’autres ; --limit N en affiche N.</translation>
    </message>
    <message>
        <source> via %1</source>
        <translation> via %1</translation>
    </message>
    <message>
        <source>%1 s charged, sell %2, cost %3</source>
        <translation>%1 s facturées, vente %2, coût %3</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Appel :</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(ouvert)</translation>
    </message>
    <message>
        <source>Subscriber:</source>
        <translation>Abonné :</translation>
    </message>
    <message>
        <source>Trigger:</source>
        <translation>Déclencheur :</translation>
    </message>
    <message>
        <source>Callback:</source>
        <translation>Rappel :</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destination :</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>Hang-up:</source>
        <translation>Raccrochage :</translation>
    </message>
    <message>
        <source>Talk:</source>
        <translation>Conversation :</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Leg A:</source>
        <translation>Branche A :</translation>
    </message>
    <message>
        <source>Leg B:</source>
        <translation>Branche B :</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total :</translation>
    </message>
    <message>
        <source>sell %1, cost %2, profit %3</source>
        <translation>vente %1, coût %2, marge %3</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Chronologie :</translation>
    </message>
    <message>
        <source>cdrs show takes a call&apos;s id (cdrs list shows them), not &apos;%1&apos;.</source>
        <translation>cdrs show prend l’id d’un appel (cdrs list les affiche), pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no call %1; cdrs list shows the calls.</source>
        <translation>Il n’y a pas d’appel %1 ; cdrs list affiche les appels.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n call(s) to %1.
</source>
        <translation>
            <numerusform>%n appel écrit dans %1.
</numerusform>
            <numerusform>%n appels écrits dans %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Callbacks requested:</source>
        <translation>Rappels demandés :</translation>
    </message>
    <message>
        <source>%1, completed %2</source>
        <translation>%1, aboutis %2</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Appels :</translation>
    </message>
    <message>
        <source>%1, answered %2 (ASR %3 %)</source>
        <translation>%1, décrochés %2 (ASR %3 %)</translation>
    </message>
    <message>
        <source>Talk time:</source>
        <translation>Durée de conversation :</translation>
    </message>
    <message>
        <source>%1 s (ACD %2 s)</source>
        <translation>%1 s (ACD %2 s)</translation>
    </message>
    <message>
        <source>Paid minutes:</source>
        <translation>Minutes payées :</translation>
    </message>
    <message>
        <source>Revenue:</source>
        <translation>Chiffre d’affaires :</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Coût :</translation>
    </message>
    <message>
        <source>Profit:</source>
        <translation>Marge :</translation>
    </message>
    <message>
        <source>%1 (margin %2 %)</source>
        <translation>%1 (marge %2 %)</translation>
    </message>
    <message>
        <source>Ledger call charges:</source>
        <translation>Frais d’appel du grand livre :</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Profit by %1, %2 (%3)

</source>
        <translation>Marge par %1, %2 (%3)

</translation>
    </message>
    <message>
        <source>LEGS</source>
        <translation>BRANCHES</translation>
    </message>
    <message>
        <source>CALLS</source>
        <translation>APPELS</translation>
    </message>
    <message>
        <source>ANSWERED</source>
        <translation>DÉCROCHÉS</translation>
    </message>
    <message>
        <source>ASR %</source>
        <translation>ASR %</translation>
    </message>
    <message>
        <source>ACD S</source>
        <translation>ACD S</translation>
    </message>
    <message>
        <source>PAID MIN</source>
        <translation>MIN PAYÉES</translation>
    </message>
    <message>
        <source>REVENUE</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>MARGIN %</source>
        <translation>MARGE %</translation>
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
        <translation>Usage : rebound-switch [--db PATH] [--json] cdrs SUBCOMMAND

  list [--from DATE] [--to DATE] [--account CODE] [--destination PREFIX|TEXT] [--limit N]
                    les appels, les plus récents en premier (50 sauf si --limit dit plus)
  show ID           un appel : les chiffres des deux branches et sa chronologie
  export [--from DATE] [--to DATE] [--account CODE] [--destination PREFIX|TEXT]
         [--output FILE]
                    CSV, une ligne par appel avec les deux branches en colonnes (stdout
                    sans --output)

DATE est YYYY-MM-DD, un jour local dans le fuseau de facturation (paramètre billing.timezone) ;
les deux jours sont inclus. --destination : des chiffres correspondent au début du numéro
(+33 6 12), un autre texte à une partie du nom de la destination.
</translation>
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
        <translation>Usage : rebound-switch [--db PATH] [--json] reports REPORT --from DATE --to DATE

  summary       rappels demandés et aboutis, appels, décrochés, durée de conversation,
                minutes payées, chiffre d’affaires, coût, marge, taux de marge, ASR, ACD
  destinations  marge par destination
  gateways      marge par passerelle, côté achat (compte les branches : chaque tentative
                est achetée à la passerelle qui l’a acheminée)
  subscribers   marge par abonné
  triggers      marge par déclencheur (DID, LGW, SMS, web, API, console)

DATE est YYYY-MM-DD, un jour local dans le fuseau de facturation (paramètre billing.timezone) ;
les deux jours sont inclus. Les montants en --json sont des chaînes décimales.
</translation>
    </message>
    <message>
        <source>cdrs show needs a call&apos;s id (cdrs list shows them).</source>
        <translation>cdrs show exige l’id d’un appel (cdrs list les affiche).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cdrs subcommand; use list, show or export.</source>
        <translation>&apos;%1&apos; n’est pas une sous-commande de cdrs ; utilisez list, show ou export.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a report; use summary, destinations, gateways, subscribers or triggers.</source>
        <translation>&apos;%1&apos; n’est pas un rapport ; utilisez summary, destinations, gateways, subscribers ou triggers.</translation>
    </message>
</context>
<context>
    <name>RootGuard</name>
    <message>
        <source>%1 belongs to the user %2; run as root, rebound-switch would leave files owned by root beside it that the switch cannot open. Run the command as %2 instead: runuser -u %2 -- rebound-switch --db %1 …</source>
        <translation>%1 appartient à l’utilisateur %2 ; lancé en root, rebound-switch laisserait à côté des fichiers appartenant à root que le commutateur ne pourrait pas ouvrir. Lancez plutôt la commande en tant que %2 : runuser -u %2 -- rebound-switch --db %1 …</translation>
    </message>
</context>
<context>
    <name>RouteRepository</name>
    <message>
        <source>finding the routes for %1</source>
        <translation>recherche des routes pour %1</translation>
    </message>
</context>
<context>
    <name>Sdp</name>
    <message>
        <source>The SDP body is empty</source>
        <translation>Le corps SDP est vide</translation>
    </message>
    <message>
        <source>The SDP has no m= line</source>
        <translation>Le SDP n’a pas de ligne m=</translation>
    </message>
    <message>
        <source>SDP stream %1 (%2) has no connection address</source>
        <translation>Le flux SDP %1 (%2) n’a pas d’adresse de connexion</translation>
    </message>
    <message>
        <source>No common audio codec: the switch speaks PCMU and PCMA only</source>
        <translation>Aucun codec audio commun : le commutateur ne parle que PCMU et PCMA</translation>
    </message>
    <message>
        <source>The SDP has no active audio stream</source>
        <translation>Le SDP n’a aucun flux audio actif</translation>
    </message>
    <message>
        <source>SDP stream %1 has an unusable connection address: &quot;%2&quot;</source>
        <translation>Le flux SDP %1 a une adresse de connexion inutilisable : &quot;%2&quot;</translation>
    </message>
    <message>
        <source>SDP stream %1: %2 is not a port number</source>
        <translation>Flux SDP %1 : %2 n’est pas un numéro de port</translation>
    </message>
    <message>
        <source>SDP must start with v=0</source>
        <translation>Le SDP doit commencer par v=0</translation>
    </message>
    <message>
        <source>The SDP could not be read: %1</source>
        <translation>Impossible de lire le SDP : %1</translation>
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
        <translation>Usage : rebound-switch [--db PATH] serve [--sip-listen ADDR:PORT] [--web-listen ADDR:PORT|off]

Fait tourner le commutateur jusqu’à SIGINT (Ctrl+C) ou SIGTERM. Le SIP écoute sur le paramètre
sip.listen (par défaut 127.0.0.1:5060) sauf si --sip-listen dit autrement ; le portail web
sur web.listen (par défaut 127.0.0.1:8080) sauf si --web-listen le fait.
</translation>
    </message>
    <message>
        <source>serve takes no argument &apos;%1&apos;.</source>
        <translation>serve n’accepte pas d’argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>serve needs an application event loop.</source>
        <translation>serve exige une boucle d’événements d’application.</translation>
    </message>
    <message>
        <source>rebound-switch: %1 database %2 (schema version %3, %4 subscribers)</source>
        <translation>rebound-switch: base de données %2 %1 (version de schéma %3, %4 abonnés)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>rebound-switch: running, SIP on %1; stop with Ctrl+C or SIGTERM</source>
        <translation>rebound-switch: en marche, SIP sur %1 ; arrêtez avec Ctrl+C ou SIGTERM</translation>
    </message>
    <message>
        <source>rebound-switch: received %1, stopping</source>
        <translation>rebound-switch: %1 reçu, arrêt</translation>
    </message>
    <message>
        <source>rebound-switch: stopped cleanly</source>
        <translation>rebound-switch: arrêté proprement</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>reading setting %1</source>
        <translation>lecture du paramètre %1</translation>
    </message>
    <message>
        <source>saving setting %1</source>
        <translation>enregistrement du paramètre %1</translation>
    </message>
    <message>
        <source>removing setting %1</source>
        <translation>suppression du paramètre %1</translation>
    </message>
    <message>
        <source>reading settings</source>
        <translation>lecture des paramètres</translation>
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
        <translation>
            <numerusform>Trop de tentatives échouées. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de tentatives échouées. Réessayez dans %n minutes.</numerusform>
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
        <source>Sorry, no callback: %1.</source>
        <translation>Désolé, pas de rappel : %1.</translation>
    </message>
    <message>
        <source>That card PIN cannot be used. Check it and try again.</source>
        <translation>Ce PIN de carte ne peut pas être utilisé. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>This card has already been used.</source>
        <translation>Cette carte a déjà été utilisée.</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>Cette carte a expiré.</translation>
    </message>
    <message>
        <source>This card has been cancelled.</source>
        <translation>Cette carte a été annulée.</translation>
    </message>
    <message>
        <source>This is a prepaid calling card: activate it on the portal to get a new account.</source>
        <translation>C’est une carte d’appel prépayée : activez-la sur le portail pour obtenir un nouveau compte.</translation>
    </message>
    <message>
        <source>This account cannot be topped up; it is closed.</source>
        <translation>Ce compte ne peut pas être rechargé ; il est fermé.</translation>
    </message>
    <message>
        <source>Not repeated: %1. Please wait.</source>
        <translation>Non répété : %1. Veuillez patienter.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>%1: %2 is already in use.</source>
        <translation>%1 : %2 est déjà utilisé.</translation>
    </message>
    <message>
        <source>%1: other records still refer to it, or it refers to a record that does not exist.</source>
        <translation>%1 : d’autres enregistrements y font encore référence, ou il fait référence à un enregistrement inexistant.</translation>
    </message>
    <message>
        <source>%1: %2 must not be empty.</source>
        <translation>%1 : %2 ne doit pas être vide.</translation>
    </message>
    <message>
        <source>%1: the value breaks the rule %2.</source>
        <translation>%1 : la valeur enfreint la règle %2.</translation>
    </message>
    <message>
        <source>%1: database error: %2</source>
        <translation>%1 : erreur de base de données : %2</translation>
    </message>
    <message>
        <source>%1, which this version of Rebound does not know: the database was changed outside Rebound or by a newer version. Open it with the version that wrote it.</source>
        <translation>%1, que cette version de Rebound ne connaît pas : la base de données a été modifiée hors de Rebound ou par une version plus récente. Ouvrez-la avec la version qui l’a écrite.</translation>
    </message>
</context>
<context>
    <name>TestCalls</name>
    <message>
        <source>The kind of test callback is did, sms, web or api, not &apos;%1&apos;.</source>
        <translation>Le type de rappel de test est did, sms, web ou api, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no subscriber %1.</source>
        <translation>Il n’y a pas d’abonné %1.</translation>
    </message>
    <message>
        <source>Subscriber %1 is not active.</source>
        <translation>L’abonné %1 n’est pas actif.</translation>
    </message>
    <message>
        <source>Subscriber %1 has no callback number for phone A.</source>
        <translation>L’abonné %1 n’a pas de numéro de rappel pour le téléphone A.</translation>
    </message>
    <message>
        <source>The destination: %1</source>
        <translation>La destination : %1</translation>
    </message>
    <message>
        <source>The destination is the subscriber&apos;s own callback number.</source>
        <translation>La destination est le numéro de rappel de l’abonné lui-même.</translation>
    </message>
    <message>
        <source>Subscriber %1 has no DID to ring.</source>
        <translation>L’abonné %1 n’a aucun DID à appeler.</translation>
    </message>
    <message>
        <source>Call #%1 (test call), %2</source>
        <translation>Appel n° %1 (appel de test), %2</translation>
    </message>
    <message>
        <source>Call #%1, %2</source>
        <translation>Appel n° %1, %2</translation>
    </message>
    <message>
        <source>  leg %1 %2 via %3: SIP %4, %5 talked, %6 s charged, price %7, cost %8</source>
        <translation>  branche %1 %2 via %3 : SIP %4, %5 de conversation, %6 s facturées, prix %7, coût %8</translation>
    </message>
    <message>
        <source>Price %1, cost %2, profit %3</source>
        <translation>Prix %1, coût %2, marge %3</translation>
    </message>
    <message>
        <source>Charged to %1: %2; balance now %3</source>
        <translation>Débité sur %1 : %2 ; solde désormais %3</translation>
    </message>
</context>
<context>
    <name>TryCommand</name>
    <message>
        <source>The subscriber to call back (its account code).</source>
        <translation>L’abonné à rappeler (son code de compte).</translation>
    </message>
    <message>
        <source>The number phone B answers.</source>
        <translation>Le numéro auquel répond le téléphone B.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 120).</source>
        <translation>Abandonner après ce nombre de secondes (120 par défaut).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: rebound-switch [--db PATH] try did|sms|web|api --account CODE --destination NUMBER
                      [--talk S] [--timeout S]

Runs a whole test callback with the built-in test phones: phone A is the subscriber&apos;s
callback number, phone B the destination, both real SIP phones on 127.0.0.1 reached
through the test carrier, which no real call uses. did: A rings the subscriber&apos;s DID
and keys the destination in the IVR; sms: A texts the callback request; web and api:
the request the portal or the API would make. Both phones answer, talk, and A hangs up.
Prints each step, then the call record (a test call, billed to the subscriber like any
call) and the charge. Starts its own switch on the database: stop a running one first.
</source>
        <translation>Usage : rebound-switch [--db PATH] try did|sms|web|api --account CODE --destination NUMBER
                      [--talk S] [--timeout S]

Exécute un rappel de test complet avec les téléphones de test intégrés : le téléphone A est
le numéro de rappel de l’abonné, le téléphone B la destination, deux vrais téléphones SIP sur
127.0.0.1 joints via l’opérateur de test, qu’aucun appel réel n’utilise. did : A appelle le DID
de l’abonné et compose la destination dans le SVI ; sms : A envoie la demande de rappel par SMS ;
web et api : la demande que ferait le portail ou l’API. Les deux téléphones décrochent, parlent,
puis A raccroche. Affiche chaque étape, puis le ticket d’appel (un appel de test, facturé à
l’abonné comme tout appel) et le débit. Démarre son propre commutateur sur la base de données :
arrêtez d’abord celui qui tourne.
</translation>
    </message>
    <message>
        <source>try needs an application event loop.</source>
        <translation>try exige une boucle d’événements d’application.</translation>
    </message>
    <message>
        <source>--talk is 0 to 3600 seconds.</source>
        <translation>--talk va de 0 à 3600 secondes.</translation>
    </message>
    <message>
        <source>--timeout is a number of seconds.</source>
        <translation>--timeout est un nombre de secondes.</translation>
    </message>
    <message>
        <source>Switch on %1</source>
        <translation>Commutateur sur %1</translation>
    </message>
    <message>
        <source>Seconds A and B stay connected (default 5).</source>
        <translation>Secondes pendant lesquelles A et B restent connectés (5 par défaut).</translation>
    </message>
    <message>
        <source>the test call did not end within %1 s</source>
        <translation>l’appel de test ne s’est pas terminé en %1 s</translation>
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
        <translation>Appels</translation>
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
        <translation>Pas de rappel : %1.</translation>
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
        <translation>%1 vers %2</translation>
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
        <translation>Destination</translation>
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
        <translation>Coût</translation>
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
        <translation>(aucun)</translation>
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
        <translation>Langue</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de tentatives échouées. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de tentatives échouées. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not valid; check the digits and try again.</source>
        <translation>Ce PIN n’est pas valide ; vérifiez les chiffres et réessayez.</translation>
    </message>
    <message>
        <source>That serial number and PIN are not of one card that can be used. Check both and try again.</source>
        <translation>Ce numéro de série et ce PIN ne correspondent pas à une même carte utilisable. Vérifiez les deux et réessayez.</translation>
    </message>
    <message>
        <source>That PIN does not belong to a card that can be used. Check it and try again.</source>
        <translation>Ce PIN n’appartient à aucune carte utilisable. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>This card has already been used.</source>
        <translation>Cette carte a déjà été utilisée.</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>Cette carte a expiré.</translation>
    </message>
    <message>
        <source>This card has been cancelled.</source>
        <translation>Cette carte a été annulée.</translation>
    </message>
    <message>
        <source>This is a charge-up card: use it to top up an existing account.</source>
        <translation>C’est une carte de recharge : utilisez-la pour recharger un compte existant.</translation>
    </message>
    <message>
        <source>This is a prepaid calling card: activate it to get a new account.</source>
        <translation>C’est une carte d’appel prépayée : activez-la pour obtenir un nouveau compte.</translation>
    </message>
    <message>
        <source>This card cannot open an account. Please contact us.</source>
        <translation>Cette carte ne peut pas ouvrir de compte. Veuillez nous contacter.</translation>
    </message>
    <message>
        <source>This account cannot be topped up; it does not exist or is closed.</source>
        <translation>Ce compte ne peut pas être rechargé ; il n’existe pas ou il est fermé.</translation>
    </message>
</context>
<context>
    <name>rebound::Housekeeping</name>
    <message>
        <source>Daily backup written: %1 (%2 bytes)</source>
        <translation>Sauvegarde quotidienne écrite : %1 (%2 octets)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) expired</source>
        <translation>
            <numerusform>%n carte expirée</numerusform>
            <numerusform>%n cartes expirées</numerusform>
        </translation>
    </message>
    <message>
        <source>the prepaid card expired</source>
        <translation>la carte prépayée a expiré</translation>
    </message>
    <message>
        <source>the subscriber&apos;s account is not active</source>
        <translation>le compte de l’abonné n’est pas actif</translation>
    </message>
    <message>
        <source>Expiring cards failed (tried again in a minute): %1</source>
        <translation>L’expiration des cartes a échoué (nouvel essai dans une minute) : %1</translation>
    </message>
    <message>
        <source>Auditing untrusted INVITEs failed (tried again later): %1</source>
        <translation>L’audit des INVITE non fiables a échoué (nouvel essai plus tard) : %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n row(s) older than their retention</source>
        <translation>
            <numerusform>%n ligne plus ancienne que sa durée de conservation supprimée</numerusform>
            <numerusform>%n lignes plus anciennes que leur durée de conservation supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing old rows failed (tried again in an hour): %1</source>
        <translation>La suppression des anciennes lignes a échoué (nouvel essai dans une heure) : %1</translation>
    </message>
    <message>
        <source>FRAUD ALARM: %1</source>
        <translation>ALARME DE FRAUDE : %1</translation>
    </message>
    <message>
        <source>the account was suspended by a fraud alarm</source>
        <translation>le compte a été suspendu par une alarme de fraude</translation>
    </message>
    <message>
        <source>The fraud check failed (tried again later): %1</source>
        <translation>Le contrôle de fraude a échoué (nouvel essai plus tard) : %1</translation>
    </message>
</context>
<context>
    <name>rebound::InboundRequests</name>
    <message>
        <source>Too many requests from %1: answering 503 for a while</source>
        <translation>Trop de requêtes de %1 : réponse 503 pendant un moment</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>Reading the trusted gateways failed: %1</source>
        <translation>La lecture des passerelles de confiance a échoué : %1</translation>
    </message>
    <message>
        <source>MESSAGE from %1, which is not a trusted SMS gateway: 403</source>
        <translation>MESSAGE de %1, qui n’est pas une passerelle SMS de confiance : 403</translation>
    </message>
</context>
<context>
    <name>rebound::SwitchCore</name>
    <message numerus="yes">
        <source>Closed and billed %n call(s) left open by an earlier stop</source>
        <translation>
            <numerusform>%n appel laissé ouvert par un arrêt précédent fermé et facturé</numerusform>
            <numerusform>%n appels laissés ouverts par un arrêt précédent fermés et facturés</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SIP listen address; write it like 127.0.0.1:5060.</source>
        <translation>&apos;%1&apos; n’est pas une adresse d’écoute SIP ; écrivez-la comme 127.0.0.1:5060.</translation>
    </message>
    <message>
        <source>sip.public_address: %1</source>
        <translation>sip.public_address : %1</translation>
    </message>
    <message>
        <source>sip.public_address: %1 cannot be resolved (%2)</source>
        <translation>sip.public_address : %1 ne peut pas être résolu (%2)</translation>
    </message>
    <message>
        <source>RTP from %1 ignored on media session %2: not the call&apos;s peer</source>
        <translation>RTP de %1 ignoré sur la session média %2 : ce n’est pas le pair de l’appel</translation>
    </message>
    <message>
        <source>RTP counters not recorded: %1</source>
        <translation>Compteurs RTP non enregistrés : %1</translation>
    </message>
    <message>
        <source>No IVR prompts (%1): callback requests are recorded but not called back</source>
        <translation>Pas d’annonces SVI (%1) : les demandes de rappel sont enregistrées mais pas rappelées</translation>
    </message>
    <message>
        <source>Reading the callback settings failed (tried again in a second): %1</source>
        <translation>La lecture des paramètres de rappel a échoué (nouvel essai dans une seconde) : %1</translation>
    </message>
    <message>
        <source>Waiting callbacks not ended: %1</source>
        <translation>Rappels en attente non terminés : %1</translation>
    </message>
    <message numerus="yes">
        <source>call #%1 billed after %n more attempt(s): %2</source>
        <translation>
            <numerusform>appel n° %1 facturé après %n tentative de plus : %2</numerusform>
            <numerusform>appel n° %1 facturé après %n tentatives de plus : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>hung up from the console</source>
        <translation>raccroché depuis la console</translation>
    </message>
    <message>
        <source>Web portal off (web.listen is off)</source>
        <translation>Portail web désactivé (web.listen vaut off)</translation>
    </message>
    <message>
        <source>Web portal not started: &apos;%1&apos; is not an address; write it like 127.0.0.1:8080.</source>
        <translation>Portail web non démarré : &apos;%1&apos; n’est pas une adresse ; écrivez-la comme 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Web portal not started: %1</source>
        <translation>Portail web non démarré : %1</translation>
    </message>
    <message>
        <source>Web portal on %1</source>
        <translation>Portail web sur %1</translation>
    </message>
    <message>
        <source>the switch is stopping</source>
        <translation>le commutateur s’arrête</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an E.164 number</source>
        <translation>&apos;%1&apos; n’est pas un numéro E.164</translation>
    </message>
    <message>
        <source>the switch is not running</source>
        <translation>le commutateur n’est pas en marche</translation>
    </message>
    <message>
        <source>no such gateway</source>
        <translation>passerelle inexistante</translation>
    </message>
    <message>
        <source>Test %1 callback: request #%2</source>
        <translation>Rappel de test %1 : demande n° %2</translation>
    </message>
</context>
<context>
    <name>rebound::backup::DailyBackup</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La sauvegarde quotidienne a échoué : %1</translation>
    </message>
</context>
<context>
    <name>rebound::callback::CallbackSession</name>
    <message>
        <source>callback #%1: %2</source>
        <translation>rappel n° %1 : %2</translation>
    </message>
    <message>
        <source>the database refused a write: %1</source>
        <translation>la base de données a refusé une écriture : %1</translation>
    </message>
    <message>
        <source>callback #%1: warning tone, %2 s of credit left</source>
        <translation>rappel n° %1 : tonalité d’avertissement, %2 s de crédit restant</translation>
    </message>
    <message>
        <source>the destination did not answer in time</source>
        <translation>la destination n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>no destination was given in time</source>
        <translation>aucune destination n’a été donnée à temps</translation>
    </message>
    <message>
        <source>callback #%1: key %2</source>
        <translation>rappel n° %1 : touche %2</translation>
    </message>
    <message>
        <source>no audio from the other side</source>
        <translation>pas de son de l’autre côté</translation>
    </message>
    <message>
        <source>callback #%1: a new offer without usable audio refused</source>
        <translation>rappel n° %1 : nouvelle offre sans audio utilisable refusée</translation>
    </message>
    <message>
        <source>callback #%1: leg %2 %3</source>
        <translation>rappel n° %1 : branche %2 %3</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>reprise</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>callback #%1: %2 (%3)</source>
        <translation>rappel n° %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>the subscriber has no sell plan</source>
        <translation>l’abonné n’a pas de plan de vente</translation>
    </message>
    <message>
        <source>the subscriber&apos;s account is not active</source>
        <translation>le compte de l’abonné n’est pas actif</translation>
    </message>
    <message>
        <source>the callback number %1 is not in the subscriber&apos;s plan</source>
        <translation>le numéro de rappel %1 n’est pas dans le plan de l’abonné</translation>
    </message>
    <message>
        <source>callback #%1: %2 %3 %4</source>
        <translation>rappel n° %1 : %2 %3 %4</translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>callback #%1: leg A: %2, cancelling</source>
        <translation>rappel n° %1 : branche A : %2, annulation</translation>
    </message>
    <message>
        <source>no media port: %1</source>
        <translation>pas de port média : %1</translation>
    </message>
    <message>
        <source>leg A answered without usable audio: %1</source>
        <translation>branche A décrochée sans audio utilisable : %1</translation>
    </message>
    <message>
        <source>callback #%1: leg A audio %2, telephone-event %3</source>
        <translation>rappel n° %1 : audio branche A %2, telephone-event %3</translation>
    </message>
    <message>
        <source>leg A: %1 %2, trying again</source>
        <translation>branche A : %1 %2, nouvel essai</translation>
    </message>
    <message>
        <source>leg A: %1 %2</source>
        <translation>branche A : %1 %2</translation>
    </message>
    <message>
        <source>the DID asks for a PIN and the subscriber has none</source>
        <translation>le DID demande un PIN et l’abonné n’en a pas</translation>
    </message>
    <message>
        <source>too many wrong PINs: locked out for a while</source>
        <translation>trop de PIN erronés : verrouillé pour un moment</translation>
    </message>
    <message>
        <source>callback #%1: PIN accepted</source>
        <translation>rappel n° %1 : PIN accepté</translation>
    </message>
    <message>
        <source>wrong PIN on callback #%1</source>
        <translation>PIN erroné sur le rappel n° %1</translation>
    </message>
    <message>
        <source>callback #%1: wrong PIN</source>
        <translation>rappel n° %1 : PIN erroné</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>PIN erroné</translation>
    </message>
    <message>
        <source>callback #%1: prompt not played: %2</source>
        <translation>rappel n° %1 : annonce non jouée : %2</translation>
    </message>
    <message>
        <source>callback #%1: destination %2</source>
        <translation>rappel n° %1 : destination %2</translation>
    </message>
    <message>
        <source>no valid destination was entered</source>
        <translation>aucune destination valide n’a été saisie</translation>
    </message>
    <message>
        <source>%1 is not in the subscriber&apos;s plan</source>
        <translation>%1 n’est pas dans le plan de l’abonné</translation>
    </message>
    <message>
        <source>leg B answered without usable audio</source>
        <translation>branche B décrochée sans audio utilisable</translation>
    </message>
    <message>
        <source>call time limit reached</source>
        <translation>limite de durée d’appel atteinte</translation>
    </message>
    <message>
        <source>credit limit reached</source>
        <translation>limite de crédit atteinte</translation>
    </message>
    <message>
        <source>callback #%1: bridged, limit %2 s</source>
        <translation>rappel n° %1 : branches reliées, limite %2 s</translation>
    </message>
    <message>
        <source>leg B: %1 %2</source>
        <translation>branche B : %1 %2</translation>
    </message>
    <message>
        <source>the subscriber hung up before being connected</source>
        <translation>l’abonné a raccroché avant d’être connecté</translation>
    </message>
    <message>
        <source>leg %1 ended: %2</source>
        <translation>branche %1 terminée : %2</translation>
    </message>
    <message>
        <source>callback #%1: hanging up: %2</source>
        <translation>rappel n° %1 : raccrochage : %2</translation>
    </message>
    <message>
        <source>callback #%1: could not bill call #%2 yet: %3</source>
        <translation>rappel n° %1 : l’appel n° %2 n’a pas encore pu être facturé : %3</translation>
    </message>
    <message>
        <source>callback #%1: could not record the end: %2</source>
        <translation>rappel n° %1 : la fin n’a pas pu être enregistrée : %2</translation>
    </message>
    <message>
        <source>callback #%1: %2; said in English instead</source>
        <translation>rappel n° %1 : %2 ; dit en anglais à la place</translation>
    </message>
    <message>
        <source>callback #%1: time left told, %2 s</source>
        <translation>rappel n° %1 : temps restant annoncé, %2 s</translation>
    </message>
    <message>
        <source>callback #%1: one minute left told</source>
        <translation>rappel n° %1 : « plus qu’une minute » annoncé</translation>
    </message>
    <message>
        <source>the test phones are off</source>
        <translation>les téléphones de test sont éteints</translation>
    </message>
</context>
<context>
    <name>rebound::console</name>
    <message>
        <source>Rebound backups (*.sqlite *.db);;All files (*)</source>
        <translation>Sauvegardes Rebound (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Back up the database to</source>
        <translation>Sauvegarder la base de données dans</translation>
    </message>
    <message>
        <source>The database was backed up to %1 (%2).</source>
        <translation>La base de données a été sauvegardée dans %1 (%2).</translation>
    </message>
    <message>
        <source>The card PIN key was saved beside it as %1; keep the two together: cards cannot be redeemed without the key.</source>
        <translation>La clé des PIN de carte a été enregistrée à côté sous %1 ; gardez les deux ensemble : sans la clé, les cartes ne peuvent pas être utilisées.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore the database from</source>
        <translation>Restaurer la base de données depuis</translation>
    </message>
    <message>
        <source>Replace all data in %1 with the backup from %2?</source>
        <translation>Remplacer toutes les données de %1 par la sauvegarde de %2 ?</translation>
    </message>
    <message>
        <source>The current data is saved beside the database first, so this can be undone.</source>
        <translation>Les données actuelles sont d’abord enregistrées à côté de la base de données, l’opération est donc réversible.</translation>
    </message>
    <message>
        <source>The data was restored from %1.
The data it replaced was saved to %2.</source>
        <translation>Les données ont été restaurées depuis %1.
Les données remplacées ont été enregistrées dans %2.</translation>
    </message>
    <message>
        <source>The card PIN key was restored too.</source>
        <translation>La clé des PIN de carte a aussi été restaurée.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cards of batch %1</source>
        <translation>Cartes du lot %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Prepaid calling card</source>
        <translation>Carte d’appel prépayée</translation>
    </message>
    <message>
        <source>Top-up card</source>
        <translation>Carte de recharge</translation>
    </message>
    <message>
        <source>Activate it on the web portal.</source>
        <translation>Activez-la sur le portail web.</translation>
    </message>
    <message>
        <source>Top up on the web portal or by SMS: RECHARGE &lt;PIN&gt;</source>
        <translation>Rechargez sur le portail web ou par SMS : RECHARGE &lt;PIN&gt;</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Serial %1</source>
        <translation>N° de série %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valable jusqu’au %1</translation>
    </message>
    <message>
        <source>Valid %1 days after activation</source>
        <translation>Valable %1 jours après activation</translation>
    </message>
    <message>
        <source>Cannot finish %1.</source>
        <translation>Impossible de terminer %1.</translation>
    </message>
</context>
<context>
    <name>rebound::console::AddApiTokenDialog</name>
    <message>
        <source>New API token</source>
        <translation>Nouveau jeton d’API</translation>
    </message>
    <message>
        <source>website</source>
        <translation>siteweb</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Who uses it, such as website or crm: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. Callbacks it asks for show the source api:NAME.</source>
        <translation>Qui l’utilise, comme website ou crm : lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;. Les rappels qu’il demande indiquent la source api:NAME.</translation>
    </message>
    <message>
        <source>&amp;All subscribers, including ones added later</source>
        <translation>&amp;Tous les abonnés, y compris ceux ajoutés plus tard</translation>
    </message>
    <message>
        <source>&amp;Only these subscribers:</source>
        <translation>&amp;Seulement ces abonnés :</translation>
    </message>
    <message>
        <source>Subscribers:</source>
        <translation>Abonnés :</translation>
    </message>
    <message>
        <source>The API refuses any request about another subscriber, and lists only these.</source>
        <translation>L’API refuse toute requête concernant un autre abonné, et ne liste que ceux-ci.</translation>
    </message>
    <message>
        <source>&amp;Works through</source>
        <translation>&amp;Valable jusqu’au</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Expiration :</translation>
    </message>
    <message>
        <source>The last day the token works, in %1. Without one it works until it is revoked.</source>
        <translation>Le dernier jour où le jeton fonctionne, en %1. Sans date, il fonctionne jusqu’à sa révocation.</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Créer le jeton</translation>
    </message>
    <message>
        <source>There is already a token called %1; revoke it first or pick another name.</source>
        <translation>Il existe déjà un jeton nommé %1 ; révoquez-le d’abord ou choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>rebound::console::ApiTokenSecretDialog</name>
    <message>
        <source>API token %1</source>
        <translation>Jeton d’API %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;API token %1&lt;/h3&gt;&lt;p&gt;For %2. %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Jeton d’API %1&lt;/h3&gt;&lt;p&gt;Pour %2. %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>all subscribers</source>
        <translation>tous les abonnés</translation>
    </message>
    <message>
        <source>subscribers %1</source>
        <translation>les abonnés %1</translation>
    </message>
    <message>
        <source>Expires: %1 (%2).</source>
        <translation>Expire : %1 (%2).</translation>
    </message>
    <message>
        <source>Works until it is revoked.</source>
        <translation>Fonctionne jusqu’à sa révocation.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the only time the token is shown.&lt;/b&gt; Rebound keeps only a fingerprint of it and cannot show it again. Put it in the system that uses it now; if it is lost, revoke it and add a new one.</source>
        <translation>&lt;b&gt;C’est la seule fois où le jeton est affiché.&lt;/b&gt; Rebound n’en garde qu’une empreinte et ne peut plus l’afficher. Mettez-le maintenant dans le système qui l’utilise ; s’il est perdu, révoquez-le et ajoutez-en un nouveau.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Token not copied</source>
        <translation>Jeton non copié</translation>
    </message>
    <message>
        <source>You have not copied the token. It cannot be shown again: without it, revoke the token and add a new one. Close anyway?</source>
        <translation>Vous n’avez pas copié le jeton. Il ne pourra plus être affiché : sans lui, révoquez le jeton et ajoutez-en un nouveau. Fermer quand même ?</translation>
    </message>
</context>
<context>
    <name>rebound::console::ApiTokensModel</name>
    <message>
        <source>Live</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Révoqué le %1</translation>
    </message>
    <message>
        <source>All subscribers</source>
        <translation>Tous les abonnés</translation>
    </message>
    <message>
        <source>None (its subscribers were deleted)</source>
        <translation>Aucun (ses abonnés ont été supprimés)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>May act for every subscriber, including ones added later.</source>
        <translation>Peut agir pour chaque abonné, y compris ceux ajoutés plus tard.</translation>
    </message>
    <message>
        <source>May act only for subscribers %1.</source>
        <translation>Peut agir seulement pour les abonnés %1.</translation>
    </message>
    <message>
        <source>Noted at most once a minute.</source>
        <translation>Noté au plus une fois par minute.</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Fuseau horaire : %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>rebound::console::ApiTokensPage</name>
    <message>
        <source>API tokens</source>
        <translation>Jetons d’API</translation>
    </message>
    <message>
        <source>&amp;Add token…</source>
        <translation>&amp;Ajouter un jeton…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>The reseller&apos;s own systems, such as a web shop or a CRM, call the JSON API (/api/v1 on the web server) with a token to ask for callbacks and read balances. A token acts for all subscribers or only the ones chosen, and is refused once it has expired or been revoked. Times are in %1, the billing time zone.</source>
        <translation>Les systèmes du revendeur, comme une boutique en ligne ou un CRM, appellent l’API JSON (/api/v1 sur le serveur web) avec un jeton pour demander des rappels et lire des soldes. Un jeton agit pour tous les abonnés ou seulement ceux choisis, et il est refusé une fois expiré ou révoqué. Les heures sont en %1, le fuseau de facturation.</translation>
    </message>
    <message>
        <source>Add API token</source>
        <translation>Ajouter un jeton d’API</translation>
    </message>
    <message>
        <source>Revoke API token</source>
        <translation>Révoquer le jeton d’API</translation>
    </message>
    <message>
        <source>Revoke API token %1? Every request with it is refused from now on. This cannot be undone; a new token can take the name.</source>
        <translation>Révoquer le jeton d’API %1 ? Toute requête qui l’utilise sera désormais refusée. C’est irréversible ; un nouveau jeton peut reprendre ce nom.</translation>
    </message>
</context>
<context>
    <name>rebound::console::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>rebound::console::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N’importe qui</translation>
    </message>
    <message>
        <source>An actor such as console, cli or web:1001. Ending in : . or * matches every actor that starts with it: web: is every portal user.</source>
        <translation>Un acteur comme console, cli ou web:1001. Une fin en : . ou * correspond à tout acteur qui commence ainsi : web: est tout utilisateur du portail.</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>N’importe quoi</translation>
    </message>
    <message>
        <source>An action such as account.add. Ending in . or * matches every action that starts with it: account. is every change to a subscriber.</source>
        <translation>Une action comme account.add. Une fin en . ou * correspond à toute action qui commence ainsi : account. est toute modification d’un abonné.</translation>
    </message>
    <message>
        <source>Text in the details</source>
        <translation>Texte dans les détails</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>Q&amp;ui :</translation>
    </message>
    <message>
        <source>Wh&amp;at:</source>
        <translation>Qu&amp;oi :</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save every entry of this filter to a CSV file</source>
        <translation>Enregistrer chaque entrée de ce filtre dans un fichier CSV</translation>
    </message>
    <message>
        <source>Newest first, times in %1. The newest %2 are shown; more load as you scroll.</source>
        <translation>Plus récentes en premier, heures en %1. Les %2 plus récentes sont affichées ; la suite se charge en défilant.</translation>
    </message>
    <message>
        <source>Newest first, times in %1. Entries: %2, all that match.</source>
        <translation>Plus récentes en premier, heures en %1. Entrées : %2, toutes celles qui correspondent.</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet. Changes made here or with rebound-switch, portal logins, refused triggers and card redemptions appear in this log as they happen.</source>
        <translation>Rien n’a encore été enregistré. Les modifications faites ici ou avec rebound-switch, les connexions au portail, les déclenchements refusés et les utilisations de cartes apparaissent dans ce journal au fur et à mesure.</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>toute la période</translation>
    </message>
    <message>
        <source>Nothing was recorded in %1. Choose a longer period, or All time.</source>
        <translation>Rien n’a été enregistré (%1). Choisissez une période plus longue, ou Toute la période.</translation>
    </message>
    <message>
        <source>who is %1</source>
        <translation>qui est %1</translation>
    </message>
    <message>
        <source>what is %1</source>
        <translation>quoi est %1</translation>
    </message>
    <message>
        <source>the details contain “%1”</source>
        <translation>les détails contiennent « %1 »</translation>
    </message>
    <message>
        <source>No entry in %1 matches: %2. Clear a filter or choose a longer period.</source>
        <translation>Aucune entrée (%1) ne correspond : %2. Retirez un filtre ou choisissez une période plus longue.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Export du journal d’audit…</translation>
    </message>
    <message>
        <source>Exporting the audit log… entries written: %1</source>
        <translation>Export du journal d’audit… entrées écrites : %1</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Journal d’audit exporté</translation>
    </message>
    <message>
        <source>Entries written to %1: %2.</source>
        <translation>Entrées écrites dans %1 : %2.</translation>
    </message>
</context>
<context>
    <name>rebound::console::BalanceDialog</name>
    <message>
        <source>Adjust balance of %1</source>
        <translation>Ajuster le solde de %1</translation>
    </message>
    <message>
        <source>Current balance: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Solde actuel : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>10.00, or -2.50 to take money away</source>
        <translation>10,00, ou -2,50 pour retirer de l’argent</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>Top-up (payment received)</source>
        <translation>Recharge (paiement reçu)</translation>
    </message>
    <message>
        <source>Adjustment (correction)</source>
        <translation>Ajustement (correction)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Moti&amp;f :</translation>
    </message>
    <message>
        <source>receipt number, ticket, …</source>
        <translation>numéro de reçu, ticket, …</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>An amount of zero changes nothing.</source>
        <translation>Un montant de zéro ne change rien.</translation>
    </message>
    <message>
        <source>Top-ups and refunds add money; use Adjustment to take money away.</source>
        <translation>Les recharges et remboursements ajoutent de l’argent ; utilisez Ajustement pour en retirer.</translation>
    </message>
</context>
<context>
    <name>rebound::console::CallsModel</name>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Callback number</source>
        <translation>N° de rappel</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Destination name</source>
        <translation>Nom de destination</translation>
    </message>
    <message>
        <source>Gateway A</source>
        <translation>Passerelle A</translation>
    </message>
    <message>
        <source>Gateway B</source>
        <translation>Passerelle B</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Décrochés</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Billed s A</source>
        <translation>s fact. A</translation>
    </message>
    <message>
        <source>Sell A</source>
        <translation>Vente A</translation>
    </message>
    <message>
        <source>Cost A</source>
        <translation>Coût A</translation>
    </message>
    <message>
        <source>Billed s B</source>
        <translation>s fact. B</translation>
    </message>
    <message>
        <source>Sell B</source>
        <translation>Vente B</translation>
    </message>
    <message>
        <source>Cost B</source>
        <translation>Coût B</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Hang-up reason</source>
        <translation>Motif du raccrochage</translation>
    </message>
</context>
<context>
    <name>rebound::console::CallsPage</name>
    <message>
        <source>Prefix (44) or name (Germany)</source>
        <translation>49 ou Allemagne</translation>
    </message>
    <message>
        <source>Every trigger</source>
        <translation>Tous les déclencheurs</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Subscriber:</source>
        <translation>&amp;Abonné :</translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation>Déc&amp;lencheur :</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>Passerell&amp;e :</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save every call of this filter to a CSV file, legs in columns</source>
        <translation>Enregistrer chaque appel de ce filtre dans un fichier CSV, branches en colonnes</translation>
    </message>
    <message>
        <source>Select a call to see its timeline: request, each leg, IVR, bridge and hang-up, with the rates it was billed at.</source>
        <translation>Sélectionnez un appel pour voir sa chronologie : demande, chaque branche, SVI, mise en relation et raccrochage, avec les tarifs appliqués.</translation>
    </message>
    <message>
        <source>Every subscriber</source>
        <translation>Tous les abonnés</translation>
    </message>
    <message>
        <source>Every gateway</source>
        <translation>Toutes les passerelles</translation>
    </message>
    <message>
        <source>Every result</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Décrochés</translation>
    </message>
    <message>
        <source>Failed (any reason)</source>
        <translation>Échoués (tout motif)</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échoués : %1</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sans motif)</translation>
    </message>
    <message>
        <source>No calls match these filters.</source>
        <translation>Aucun appel ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), %1 answered (ASR %2), talk %3 min · revenue %4 · cost %5 · profit %6 (margin %7)</source>
        <translation>
            <numerusform>%n appel, %1 décroché (ASR %2), conversation %3 min · CA %4 · coût %5 · marge %6 (taux %7)</numerusform>
            <numerusform>%n appels, %1 décrochés (ASR %2), conversation %3 min · CA %4 · coût %5 · marge %6 (taux %7)</numerusform>
        </translation>
    </message>
    <message>
        <source>Call %1: %2 → %3</source>
        <translation>Appel %1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1 · %2 · sell %3, cost %4, profit %5</source>
        <translation>%1 · %2 · vente %3, coût %4, marge %5</translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation>Exporter les appels</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n call(s)…</source>
        <translation>
            <numerusform>Export de %n appel…</numerusform>
            <numerusform>Export de %n appels…</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls exported</source>
        <translation>Appels exportés</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) written to %1.</source>
        <translation>
            <numerusform>%n appel écrit dans %1.</numerusform>
            <numerusform>%n appels écrits dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::console::CardBatchesModel</name>
    <message>
        <source>%1 (void)</source>
        <translation>%1 (annulé)</translation>
    </message>
    <message>
        <source>Calling card</source>
        <translation>Carte d’appel</translation>
    </message>
    <message>
        <source>Charge-up</source>
        <translation>Recharge</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neuves</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisées</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirées</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>rebound::console::CardsModel</name>
    <message>
        <source>New</source>
        <translation>Neuve</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Used / activated</source>
        <translation>Utilisée / activée</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
</context>
<context>
    <name>rebound::console::CardsPage</name>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>&amp;Generate batch…</source>
        <translation>&amp;Générer un lot…</translation>
    </message>
    <message>
        <source>E&amp;xport inventory…</source>
        <translation>E&amp;xporter l’inventaire…</translation>
    </message>
    <message>
        <source>Void &amp;card…</source>
        <translation>Annuler une &amp;carte…</translation>
    </message>
    <message>
        <source>Void &amp;batch…</source>
        <translation>Annuler un &amp;lot…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Show: </source>
        <translation>Afficher : </translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Toutes les cartes</translation>
    </message>
    <message>
        <source>Cards in batch</source>
        <translation>Cartes du lot</translation>
    </message>
    <message>
        <source>Redemption history</source>
        <translation>Historique d’utilisation</translation>
    </message>
    <message>
        <source>Generate %L1 %2 of %3 each, %4 in total?</source>
        <translation>Générer %L1 %2 de %3 chacune, %4 au total ?</translation>
    </message>
    <message>
        <source>prepaid calling cards</source>
        <translation>cartes d’appel prépayées</translation>
    </message>
    <message>
        <source>charge-up cards</source>
        <translation>cartes de recharge</translation>
    </message>
    <message>
        <source>Generate cards</source>
        <translation>Générer les cartes</translation>
    </message>
    <message>
        <source>Rebound</source>
        <translation>Rebound</translation>
    </message>
    <message>
        <source>Void card %1? Its account %2 will be suspended.</source>
        <translation>Annuler la carte %1 ? Son compte %2 sera suspendu.</translation>
    </message>
    <message>
        <source>Void card %1? It can never be used after this.</source>
        <translation>Annuler la carte %1 ? Elle ne pourra plus jamais être utilisée.</translation>
    </message>
    <message>
        <source>Void card</source>
        <translation>Annuler la carte</translation>
    </message>
    <message>
        <source>Void batch</source>
        <translation>Annuler le lot</translation>
    </message>
    <message numerus="yes">
        <source>Void batch %1? Its %n unused card(s) can never be used after this; cards already used stay as they are.</source>
        <translation>
            <numerusform>Annuler le lot %1 ? Sa carte inutilisée (%n) ne pourra plus jamais être utilisée ; les cartes déjà utilisées restent telles quelles.</numerusform>
            <numerusform>Annuler le lot %1 ? Ses %n cartes inutilisées ne pourront plus jamais être utilisées ; les cartes déjà utilisées restent telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export card inventory</source>
        <translation>Exporter l’inventaire des cartes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1 cards of batch %2 to %3 (serials and status; PINs are never stored).</source>
        <translation>%1 cartes du lot %2 écrites dans %3 (numéros de série et statut ; les PIN ne sont jamais stockés).</translation>
    </message>
</context>
<context>
    <name>rebound::console::ChartWidget</name>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom initial</translation>
    </message>
    <message>
        <source>Show the whole period again</source>
        <translation>Afficher de nouveau toute la période</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image or a PDF document</source>
        <translation>Enregistrer ce graphique en image PNG ou en document PDF</translation>
    </message>
    <message>
        <source>No calls in this period</source>
        <translation>Aucun appel sur cette période</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, point at a bar or line for its values.</source>
        <translation>Glisser : déplacer, molette : zoomer, pointer : valeurs.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png or .pdf.</source>
        <translation>Choisissez un nom de fichier se terminant par .png ou .pdf.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Graphique non enregistré</translation>
    </message>
</context>
<context>
    <name>rebound::console::DashboardPage</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>The business</source>
        <translation>L’activité</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Top destinations by profit, last 30 days</source>
        <translation>Meilleures destinations par marge, 30 derniers jours</translation>
    </message>
    <message>
        <source>Calls and paid minutes per day</source>
        <translation>Appels et minutes payées par jour</translation>
    </message>
    <message>
        <source>Revenue, cost and profit per day</source>
        <translation>CA, coût et marge par jour</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Limite de crédit</translation>
    </message>
    <message>
        <source>Low balances</source>
        <translation>Soldes bas</translation>
    </message>
    <message>
        <source>Why calls failed, last 30 days</source>
        <translation>Causes des échecs d’appel, 30 derniers jours</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in progress</source>
        <translation>
            <numerusform>%n appel en cours</numerusform>
            <numerusform>%n appels en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
    <message>
        <source>Callbacks requested</source>
        <translation>Rappels demandés</translation>
    </message>
    <message>
        <source>Callbacks completed</source>
        <translation>Rappels aboutis</translation>
    </message>
    <message>
        <source>Calls answered</source>
        <translation>Appels décrochés</translation>
    </message>
    <message>
        <source>Paid minutes</source>
        <translation>Minutes payées</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Taux de marge</translation>
    </message>
    <message>
        <source>ASR</source>
        <translation>ASR</translation>
    </message>
    <message>
        <source>ACD</source>
        <translation>ACD</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>No answered calls in the last 30 days.</source>
        <translation>Aucun appel décroché ces 30 derniers jours.</translation>
    </message>
    <message>
        <source>No active subscriber has less than %1.</source>
        <translation>Aucun abonné actif n’a moins de %1.</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sans motif)</translation>
    </message>
    <message>
        <source>No failed calls in the last 30 days.</source>
        <translation>Aucun appel échoué ces 30 derniers jours.</translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>Impossible de lire les chiffres : %1</translation>
    </message>
</context>
<context>
    <name>rebound::console::DidDialog</name>
    <message>
        <source>Edit DID %1</source>
        <translation>Modifier le DID %1</translation>
    </message>
    <message>
        <source>New DID</source>
        <translation>Nouveau DID</translation>
    </message>
    <message>
        <source>+1 212 555 0101</source>
        <translation>+33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>In international form: country code and number. Spaces, dashes and + are ignored.</source>
        <translation>Au format international : indicatif pays et numéro. Les espaces, tirets et + sont ignorés.</translation>
    </message>
    <message>
        <source>(none: calls to it are answered 404)</source>
        <translation>(aucun : les appels reçoivent 404)</translation>
    </message>
    <message>
        <source>&amp;Subscriber:</source>
        <translation>&amp;Abonné :</translation>
    </message>
    <message>
        <source>Dialling this number triggers a callback to this subscriber.</source>
        <translation>Appeler ce numéro déclenche un rappel vers cet abonné.</translation>
    </message>
    <message>
        <source>DID: call back through the routes</source>
        <translation>DID : rappel via les routes</translation>
    </message>
    <message>
        <source>LGW: leg A goes out through the in-country gateway</source>
        <translation>LGW : la branche A sort par la passerelle du pays</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>Passerell&amp;e :</translation>
    </message>
    <message>
        <source>For LGW: the gateway in the subscriber&apos;s country.</source>
        <translation>Pour LGW : la passerelle dans le pays de l’abonné.</translation>
    </message>
    <message>
        <source>Ask for the subscriber&apos;s PIN in the IVR</source>
        <translation>Demander le PIN de l’abonné dans le SVI</translation>
    </message>
    <message>
        <source>For a DID others may learn: the callback goes on only after the PIN.</source>
        <translation>Pour un DID que d’autres peuvent connaître : le rappel ne continue qu’après le PIN.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add DID</source>
        <translation>Ajouter le DID</translation>
    </message>
</context>
<context>
    <name>rebound::console::DidsModel</name>
    <message>
        <source>LGW</source>
        <translation>LGW</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(non attribué)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>Leg A goes out through the in-country gateway.</source>
        <translation>La branche A sort par la passerelle du pays.</translation>
    </message>
    <message>
        <source>The subscriber is called back through the routes.</source>
        <translation>L’abonné est rappelé via les routes.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Gateway (LGW)</source>
        <translation>Passerelle (LGW)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
</context>
<context>
    <name>rebound::console::DidsPage</name>
    <message>
        <source>DIDs</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>&amp;Add DID…</source>
        <translation>&amp;Ajouter un DID…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>A subscriber dials their DID; the switch answers busy (so the call costs nothing) and calls them back. With LGW, that call back (leg A) goes out through the gateway in the subscriber&apos;s country.</source>
        <translation>Un abonné appelle son DID ; le commutateur répond occupé (l’appel ne coûte donc rien) et le rappelle. Avec LGW, ce rappel (branche A) sort par la passerelle du pays de l’abonné.</translation>
    </message>
    <message>
        <source>Delete DID %1? Subscriber %2 can no longer trigger callbacks by dialling it.</source>
        <translation>Supprimer le DID %1 ? L’abonné %2 ne pourra plus déclencher de rappel en l’appelant.</translation>
    </message>
    <message>
        <source>Delete DID %1?</source>
        <translation>Supprimer le DID %1 ?</translation>
    </message>
    <message>
        <source>Delete DID</source>
        <translation>Supprimer le DID</translation>
    </message>
</context>
<context>
    <name>rebound::console::GatewayDialog</name>
    <message>
        <source>Edit gateway %1</source>
        <translation>Modifier la passerelle %1</translation>
    </message>
    <message>
        <source>New gateway</source>
        <translation>Nouvelle passerelle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>sip.carrier.example or 203.0.113.7</source>
        <translation>sip.operateur.example ou 203.0.113.7</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Digest credentials for calls sent to this gateway; empty if it needs none.</source>
        <translation>Identifiants digest pour les appels envoyés à cette passerelle ; vide si elle n’en exige pas.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password.</source>
        <translation>Laisser vide pour garder le mot de passe actuel.</translation>
    </message>
    <message>
        <source>&amp;Realm:</source>
        <translation>&amp;Domaine (realm) :</translation>
    </message>
    <message>
        <source>&amp;Strip digits:</source>
        <translation>&amp;Retirer chiffres :</translation>
    </message>
    <message>
        <source>Leading digits removed from the number before it is sent.</source>
        <translation>Chiffres de tête retirés du numéro avant envoi.</translation>
    </message>
    <message>
        <source>&amp;Add prefix:</source>
        <translation>A&amp;jouter préfixe :</translation>
    </message>
    <message>
        <source>Digits put in front of the number after stripping.</source>
        <translation>Chiffres placés devant le numéro après le retrait.</translation>
    </message>
    <message>
        <source>&amp;Caller ID:</source>
        <translation>N° pré&amp;senté :</translation>
    </message>
    <message>
        <source>Number presented on calls; empty for none.</source>
        <translation>Numéro présenté sur les appels ; vide pour aucun.</translation>
    </message>
    <message>
        <source>(none: cost unknown)</source>
        <translation>(aucune : coût inconnu)</translation>
    </message>
    <message>
        <source>&amp;Buy table:</source>
        <translation>&amp;Grille d’achat :</translation>
    </message>
    <message>
        <source>What this gateway charges.</source>
        <translation>Ce que facture cette passerelle.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>&amp;Max calls:</source>
        <translation>Appels ma&amp;x :</translation>
    </message>
    <message>
        <source>203.0.113.7, 198.51.100.0/24</source>
        <translation>203.0.113.7, 198.51.100.0/24</translation>
    </message>
    <message>
        <source>&amp;Trusted sources:</source>
        <translation>Sources de &amp;confiance :</translation>
    </message>
    <message>
        <source>Addresses and subnets allowed to send DID calls and SMS, separated by commas.</source>
        <translation>Adresses et sous-réseaux autorisés à envoyer des appels DID et des SMS, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Accept SMS (SIP MESSAGE) triggers from this gateway</source>
        <translation>Accepter les déclenchements SMS (SIP MESSAGE) de cette passerelle</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add gateway</source>
        <translation>Ajouter la passerelle</translation>
    </message>
</context>
<context>
    <name>rebound::console::GatewaysModel</name>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Nobody may send this gateway&apos;s DID calls or SMS.</source>
        <translation>Personne ne peut envoyer les appels DID ou SMS de cette passerelle.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Trusted sources</source>
        <translation>Sources de confiance</translation>
    </message>
    <message>
        <source>Buy table</source>
        <translation>Grille d’achat</translation>
    </message>
    <message>
        <source>Max calls</source>
        <translation>Appels max</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
</context>
<context>
    <name>rebound::console::GatewaysPage</name>
    <message>
        <source>Gateways</source>
        <translation>Passerelles</translation>
    </message>
    <message>
        <source>&amp;Add gateway…</source>
        <translation>&amp;Ajouter une passerelle…</translation>
    </message>
    <message>
        <source>&amp;Test reachability</source>
        <translation>Tester la &amp;joignabilité</translation>
    </message>
    <message>
        <source>Send a SIP OPTIONS request to the selected gateway through the switch.</source>
        <translation>Envoyer une requête SIP OPTIONS à la passerelle sélectionnée via le commutateur.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Select a gateway and choose Test reachability to send it a SIP OPTIONS request through the switch.</source>
        <translation>Sélectionnez une passerelle et choisissez Tester la joignabilité pour lui envoyer une requête SIP OPTIONS via le commutateur.</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>Add &amp;route…</source>
        <translation>Ajouter une &amp;route…</translation>
    </message>
    <message>
        <source>Delete ro&amp;ute…</source>
        <translation>Supprimer une ro&amp;ute…</translation>
    </message>
    <message>
        <source>Delete gateway</source>
        <translation>Supprimer la passerelle</translation>
    </message>
    <message numerus="yes">
        <source>Delete gateway %1 and its %n route(s)?</source>
        <translation>
            <numerusform>Supprimer la passerelle %1 et sa route (%n) ?</numerusform>
            <numerusform>Supprimer la passerelle %1 et ses %n routes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot test %1: the switch is not running.</source>
        <translation>Impossible de tester %1 : le commutateur n’est pas en marche.</translation>
    </message>
    <message>
        <source>Sending OPTIONS to %1 (%2)…</source>
        <translation>Envoi d’OPTIONS à %1 (%2)…</translation>
    </message>
    <message>
        <source>%1 is reachable: %2 %3 in %4 ms.</source>
        <translation>%1 est joignable : %2 %3 en %4 ms.</translation>
    </message>
    <message>
        <source>OPTIONS to %1: %2 %3 after %4 ms.</source>
        <translation>OPTIONS vers %1 : %2 %3 après %4 ms.</translation>
    </message>
    <message>
        <source>every number</source>
        <translation>tous les numéros</translation>
    </message>
    <message>
        <source>prefix %1</source>
        <translation>préfixe %1</translation>
    </message>
    <message>
        <source>Delete route</source>
        <translation>Supprimer la route</translation>
    </message>
    <message>
        <source>Delete the route for %1 via %2?</source>
        <translation>Supprimer la route pour %1 via %2 ?</translation>
    </message>
</context>
<context>
    <name>rebound::console::GenerateCardsDialog</name>
    <message>
        <source>Generate cards</source>
        <translation>Générer les cartes</translation>
    </message>
    <message>
        <source>Charge-up cards (top up an existing account)</source>
        <translation>Cartes de recharge (rechargent un compte existant)</translation>
    </message>
    <message>
        <source>Prepaid calling cards (each opens a new account)</source>
        <translation>Cartes d’appel prépayées (chacune ouvre un nouveau compte)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Number of cards:</source>
        <translation>&amp;Nombre de cartes :</translation>
    </message>
    <message>
        <source>Face &amp;value:</source>
        <translation>&amp;Valeur faciale :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Dev&amp;ise :</translation>
    </message>
    <message>
        <source>Sell &amp;plan:</source>
        <translation>&amp;Plan de vente :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>PIN &amp;digits:</source>
        <translation>&amp;Chiffres du PIN :</translation>
    </message>
    <message>
        <source>optional, e.g. TOP</source>
        <translation>facultatif, p. ex. TOP</translation>
    </message>
    <message>
        <source>Serial p&amp;refix:</source>
        <translation>P&amp;réfixe de série :</translation>
    </message>
    <message>
        <source>after the last batch</source>
        <translation>après le dernier lot</translation>
    </message>
    <message>
        <source>First &amp;serial:</source>
        <translation>Premier n° de &amp;série :</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>À une date</translation>
    </message>
    <message>
        <source>Days after creation</source>
        <translation>Jours après création</translation>
    </message>
    <message>
        <source>Days after activation (calling cards)</source>
        <translation>Jours après activation (cartes d’appel)</translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation>&amp;Expiration :</translation>
    </message>
    <message>
        <source>Expiry date:</source>
        <translation>Date d’expiration :</translation>
    </message>
    <message>
        <source>Expiry days:</source>
        <translation>Jours avant expiration :</translation>
    </message>
    <message>
        <source>Batch &amp;name:</source>
        <translation>N&amp;om du lot :</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
</context>
<context>
    <name>rebound::console::GeneratedBatchDialog</name>
    <message>
        <source>Cards generated</source>
        <translation>Cartes générées</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Batch %1: %2 cards&lt;/h3&gt;&lt;p&gt;Serials %3 to %4, %5 each.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The PINs are shown only now.&lt;/b&gt; Save them for printing; they are not stored anywhere and cannot be recovered later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lot %1 : %2 cartes&lt;/h3&gt;&lt;p&gt;Numéros de série %3 à %4, %5 chacune.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Les PIN ne sont affichés que maintenant.&lt;/b&gt; Enregistrez-les pour l’impression ; ils ne sont stockés nulle part et ne pourront pas être récupérés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save &amp;PDF for printing…</source>
        <translation>Enregistrer en &amp;PDF pour l’impression…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Save card PINs</source>
        <translation>Enregistrer les PIN des cartes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved CSV to %1.</source>
        <translation>CSV enregistré dans %1.</translation>
    </message>
    <message>
        <source>Save cards for printing</source>
        <translation>Enregistrer les cartes pour l’impression</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved PDF to %1.</source>
        <translation>PDF enregistré dans %1.</translation>
    </message>
    <message>
        <source>PINs not saved</source>
        <translation>PIN non enregistrés</translation>
    </message>
    <message>
        <source>The PINs have not been saved. Without them the cards cannot be used; void the batch if you close now. Close anyway?</source>
        <translation>Les PIN n’ont pas été enregistrés. Sans eux, les cartes sont inutilisables ; annulez le lot si vous fermez maintenant. Fermer quand même ?</translation>
    </message>
</context>
<context>
    <name>rebound::console::ImportRatesDialog</name>
    <message>
        <source>Import rates</source>
        <translation>Importer des tarifs</translation>
    </message>
    <message>
        <source>Import &lt;b&gt;%1&lt;/b&gt; into:</source>
        <translation>Importer &lt;b&gt;%1&lt;/b&gt; dans :</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Grille :</translation>
    </message>
    <message>
        <source>Sell plan (what subscribers pay)</source>
        <translation>Plan de vente (ce que paient les abonnés)</translation>
    </message>
    <message>
        <source>Buy table (what a gateway charges)</source>
        <translation>Grille d’achat (ce que facture une passerelle)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <source>The %n rate(s) now in this table will be replaced. If any line of the file is wrong, nothing changes.</source>
        <translation>
            <numerusform>Le tarif (%n) présent dans cette grille sera remplacé. Si une ligne du fichier est erronée, rien ne change.</numerusform>
            <numerusform>Les %n tarifs présents dans cette grille seront remplacés. Si une ligne du fichier est erronée, rien ne change.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new table will be created.</source>
        <translation>Une nouvelle grille sera créée.</translation>
    </message>
    <message>
        <source>Choose a table or type the name of a new one.</source>
        <translation>Choisissez une grille ou tapez le nom d’une nouvelle.</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO code such as USD or EUR.</source>
        <translation>La devise est un code ISO à trois lettres comme USD ou EUR.</translation>
    </message>
</context>
<context>
    <name>rebound::console::LiveCallsModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Callback number</source>
        <translation>N° de rappel</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Leg A</source>
        <translation>Branche A</translation>
    </message>
    <message>
        <source>Leg B</source>
        <translation>Branche B</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>Credit left</source>
        <translation>Crédit restant</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>en ligne %1</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>sonnerie</translation>
    </message>
</context>
<context>
    <name>rebound::console::LiveCallsPage</name>
    <message>
        <source>Live calls</source>
        <translation>Appels en cours</translation>
    </message>
    <message>
        <source>&amp;Hang up…</source>
        <translation>&amp;Raccrocher…</translation>
    </message>
    <message>
        <source>End the selected callback (both legs).</source>
        <translation>Terminer le rappel sélectionné (les deux branches).</translation>
    </message>
    <message>
        <source>The switch is not running in this console.</source>
        <translation>Le commutateur ne tourne pas dans cette console.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>No callback in progress.</source>
        <translation>Aucun rappel en cours.</translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) in progress.</source>
        <translation>
            <numerusform>%n rappel en cours.</numerusform>
            <numerusform>%n rappels en cours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the calls: %1</source>
        <translation>Impossible de lire les appels : %1</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Hang up callback #%1 for subscriber %2?</source>
        <translation>Raccrocher le rappel n° %1 de l’abonné %2 ?</translation>
    </message>
</context>
<context>
    <name>rebound::console::MainWindow</name>
    <message>
        <source>Rebound</source>
        <translation>Rebound</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>&amp;New subscriber…</source>
        <translation>Nouvel &amp;abonné…</translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation>Appels en cours</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <source>&amp;New rate table from CSV…</source>
        <translation>Nouvelle &amp;grille tarifaire depuis un CSV…</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>&amp;New card batch…</source>
        <translation>Nouveau &amp;lot de cartes…</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Passerelles</translation>
    </message>
    <message>
        <source>&amp;New gateway…</source>
        <translation>Nouvelle &amp;passerelle…</translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>&amp;New DID…</source>
        <translation>Nouveau &amp;DID…</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Jetons d’API</translation>
    </message>
    <message>
        <source>&amp;New API token…</source>
        <translation>Nouveau &amp;jeton d’API…</translation>
    </message>
    <message>
        <source>SIP log</source>
        <translation>Journal SIP</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Import subscribers…</source>
        <translation>&amp;Importer des abonnés…</translation>
    </message>
    <message>
        <source>E&amp;xport subscribers…</source>
        <translation>E&amp;xporter les abonnés…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Commutateur</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>&amp;Arrêter…</translation>
    </message>
    <message>
        <source>&amp;Restart…</source>
        <translation>&amp;Redémarrer…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Set-up assistant…</source>
        <translation>Assistant de &amp;configuration…</translation>
    </message>
    <message>
        <source>&amp;About Rebound</source>
        <translation>À &amp;propos de Rebound</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>DONNÉES DE DÉMO</translation>
    </message>
    <message>
        <source>This database was filled with demo subscribers, rates and a demo gateway on first start.</source>
        <translation>Cette base de données a été remplie au premier démarrage avec des abonnés, des tarifs et une passerelle de démo.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n call(s) not billed yet, retrying</source>
        <translation>
            <numerusform>⚠ %n appel pas encore facturé, nouvel essai</numerusform>
            <numerusform>⚠ %n appels pas encore facturés, nouvel essai</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Fraud alarm: %1</source>
        <translation>⚠ Alarme de fraude : %1</translation>
    </message>
    <message>
        <source>Stop the switch</source>
        <translation>Arrêter le commutateur</translation>
    </message>
    <message>
        <source>Restart the switch</source>
        <translation>Redémarrer le commutateur</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>The settings page has changes that are not applied. Apply them?</source>
        <translation>La page des paramètres a des modifications non appliquées. Les appliquer ?</translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n abonné</numerusform>
            <numerusform>%n abonnés</numerusform>
        </translation>
    </message>
    <message>
        <source>About Rebound</source>
        <translation>À propos de Rebound</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rebound %1&lt;/h3&gt;&lt;p&gt;International callback switch and billing console.&lt;/p&gt;&lt;p&gt;Database: %2 (schema version %3)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rebound %1&lt;/h3&gt;&lt;p&gt;Commutateur de rappel international et console de facturation.&lt;/p&gt;&lt;p&gt;Base de données : %2 (version de schéma %3)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Test phones</source>
        <translation>Téléphones de test</translation>
    </message>
</context>
<context>
    <name>rebound::console::MarkupDialog</name>
    <message>
        <source>Markup tool</source>
        <translation>Outil de marge</translation>
    </message>
    <message>
        <source>Build a sell plan from a buy table: cost plus a percentage and/or a fixed amount per minute, rounded up, never below cost.</source>
        <translation>Créer un plan de vente à partir d’une grille d’achat : coût plus un pourcentage et/ou un montant fixe par minute, arrondi au supérieur, jamais sous le coût.</translation>
    </message>
    <message>
        <source>From &amp;buy table:</source>
        <translation>Depuis la grille d’&amp;achat :</translation>
    </message>
    <message>
        <source>To &amp;sell plan:</source>
        <translation>Vers le plan de &amp;vente :</translation>
    </message>
    <message>
        <source>Margin (&amp;%):</source>
        <translation>Marge (&amp;%) :</translation>
    </message>
    <message>
        <source>Plus per &amp;minute:</source>
        <translation>Plus par &amp;minute :</translation>
    </message>
    <message>
        <source>&amp;Round up to:</source>
        <translation>A&amp;rrondir à :</translation>
    </message>
    <message>
        <source>keep the carrier&apos;s, or e.g. 30/6</source>
        <translation>garder ceux de l’opérateur, ou p. ex. 30/6</translation>
    </message>
    <message>
        <source>Sell &amp;increments:</source>
        <translation>&amp;Incréments de vente :</translation>
    </message>
    <message>
        <source>Mark up connect fees too</source>
        <translation>Majorer aussi les frais de connexion</translation>
    </message>
    <message>
        <source>Build sell plan</source>
        <translation>Créer le plan de vente</translation>
    </message>
    <message>
        <source>Margin: %1</source>
        <translation>Marge : %1</translation>
    </message>
    <message>
        <source>Plus per minute: %1</source>
        <translation>Plus par minute : %1</translation>
    </message>
    <message>
        <source>must not be negative.</source>
        <translation>ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>Round up to: %1</source>
        <translation>Arrondir à : %1</translation>
    </message>
    <message>
        <source>Sell increments look like 30/6: first and next, in seconds from 1 to 3600.</source>
        <translation>Les incréments de vente ressemblent à 30/6 : premier et suivant, en secondes de 1 à 3600.</translation>
    </message>
    <message>
        <source>There is no buy table to start from; import one first.</source>
        <translation>Il n’y a aucune grille d’achat de départ ; importez-en une d’abord.</translation>
    </message>
    <message>
        <source>Choose the sell plan to write, or type the name of a new one.</source>
        <translation>Choisissez le plan de vente à écrire, ou tapez le nom d’un nouveau.</translation>
    </message>
    <message>
        <source>%1 is a buy table; the markup tool writes sell plans.</source>
        <translation>%1 est une grille d’achat ; l’outil de marge écrit des plans de vente.</translation>
    </message>
</context>
<context>
    <name>rebound::console::PeriodPicker</name>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
</context>
<context>
    <name>rebound::console::RateTablesModel</name>
    <message>
        <source>Sell plan</source>
        <translation>Plan de vente</translation>
    </message>
    <message>
        <source>Buy table</source>
        <translation>Grille d’achat</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Tarifs</translation>
    </message>
</context>
<context>
    <name>rebound::console::RatesModel</name>
    <message>
        <source>any time</source>
        <translation>à tout moment</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>Par minute</translation>
    </message>
    <message>
        <source>Connect fee</source>
        <translation>Frais connexion</translation>
    </message>
    <message>
        <source>Increments</source>
        <translation>Incréments</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Grace</source>
        <translation>Franchise</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
</context>
<context>
    <name>rebound::console::RatesPage</name>
    <message>
        <source>Rates</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Markup tool…</source>
        <translation>Outil de &amp;marge…</translation>
    </message>
    <message>
        <source>&amp;Delete table…</source>
        <translation>&amp;Supprimer la grille…</translation>
    </message>
    <message>
        <source>Search prefix or destination…</source>
        <translation>Rechercher un préfixe ou une destination…</translation>
    </message>
    <message>
        <source>Rate tester</source>
        <translation>Testeur de tarif</translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation>+33 6 12 34 56 78</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sell &amp;plan:</source>
        <translation>&amp;Plan de vente :</translation>
    </message>
    <message>
        <source>&amp;Cost from:</source>
        <translation>&amp;Coût selon :</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>À &amp;la date :</translation>
    </message>
    <message>
        <source>The route&apos;s gateway</source>
        <translation>La passerelle de la route</translation>
    </message>
    <message>
        <source>Import or build a sell plan to test rates.</source>
        <translation>Importez ou créez un plan de vente pour tester des tarifs.</translation>
    </message>
    <message>
        <source>Type a number to see how a call to it is priced.</source>
        <translation>Tapez un numéro pour voir comment un appel vers lui est tarifé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is not in plan %2: calls to it are refused.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; n’est pas dans le plan %2 : les appels vers ce numéro sont refusés.</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <source>connect fee %1</source>
        <translation>frais de connexion %1</translation>
    </message>
    <message>
        <source>minimum %1 s</source>
        <translation>minimum %1 s</translation>
    </message>
    <message>
        <source>first %1 s free</source>
        <translation>%1 premières s gratuites</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; matches &lt;b&gt;%2&lt;/b&gt; %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; correspond à &lt;b&gt;%2&lt;/b&gt; %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Charged &lt;b&gt;%1 s&lt;/b&gt;: price &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;br&gt;Facturé &lt;b&gt;%1 s&lt;/b&gt; : prix &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Cost %1 (%2 s at %3/min, prefix %4): profit &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;br&gt;Coût %1 (%2 s à %3/min, préfixe %4) : marge &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Cost unknown: no buy rate for this number.</source>
        <translation>&lt;br&gt;Coût inconnu : pas de tarif d’achat pour ce numéro.</translation>
    </message>
    <message>
        <source>Import rates</source>
        <translation>Importer des tarifs</translation>
    </message>
    <message>
        <source>Rate sheets (*.csv *.txt);;All files (*)</source>
        <translation>Grilles tarifaires (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Imported %1 rates into %2 (replacing %3).</source>
        <translation>%1 tarifs importés dans %2 (remplaçant %3).</translation>
    </message>
    <message>
        <source>Export rates</source>
        <translation>Exporter les tarifs</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1 rates of %2 to %3.</source>
        <translation>%1 tarifs de %2 écrits dans %3.</translation>
    </message>
    <message>
        <source>Markup tool</source>
        <translation>Outil de marge</translation>
    </message>
    <message>
        <source>Wrote %1 sell rates to %2.</source>
        <translation>%1 tarifs de vente écrits dans %2.</translation>
    </message>
    <message>
        <source>Delete rate table</source>
        <translation>Supprimer la grille tarifaire</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n rate(s)?</source>
        <translation>
            <numerusform>Supprimer %1 et son tarif (%n) ?</numerusform>
            <numerusform>Supprimer %1 et ses %n tarifs ?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still used by subscribers, gateways or card batches; give them another table first.</source>
        <translation>%1 est encore utilisée par des abonnés, des passerelles ou des lots de cartes ; attribuez-leur d’abord une autre grille.</translation>
    </message>
</context>
<context>
    <name>rebound::console::RecordPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>rebound::console::ReportsPage</name>
    <message>
        <source>Legs</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Décrochés</translation>
    </message>
    <message>
        <source>ASR</source>
        <translation>ASR</translation>
    </message>
    <message>
        <source>Talk min</source>
        <translation>Min conv.</translation>
    </message>
    <message>
        <source>Paid min A</source>
        <translation>Min payées A</translation>
    </message>
    <message>
        <source>Paid min B</source>
        <translation>Min payées B</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Taux de marge</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Profit by:</source>
        <translation>Marge par :</translation>
    </message>
    <message>
        <source>Profit report</source>
        <translation>Rapport de marge</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>ASR and ACD for:</source>
        <translation>ASR et ACD pour :</translation>
    </message>
    <message>
        <source>Calls and paid minutes</source>
        <translation>Appels et minutes payées</translation>
    </message>
    <message>
        <source>Revenue, cost and profit</source>
        <translation>CA, coût et marge</translation>
    </message>
    <message>
        <source>ASR and ACD</source>
        <translation>ASR et ACD</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Every gateway</source>
        <translation>Toutes les passerelles</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No calls from %1.</source>
        <translation>Aucun appel sur %1.</translation>
    </message>
    <message>
        <source>✔ Revenue %1 equals the ledger&apos;s call charges for these calls (%2).</source>
        <translation>✔ Le CA %1 est égal aux frais d’appel du grand livre pour ces appels (%2).</translation>
    </message>
    <message>
        <source>⚠ Revenue %1 differs from the ledger&apos;s call charges for these calls (%2): calls in progress are not charged yet, or the ledger was changed by hand.</source>
        <translation>⚠ Le CA %1 diffère des frais d’appel du grand livre pour ces appels (%2) : des appels en cours ne sont pas encore facturés, ou le grand livre a été modifié à la main.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>ACD</source>
        <translation>ACD</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>ASR %</source>
        <translation>ASR %</translation>
    </message>
    <message>
        <source>ACD seconds</source>
        <translation>ACD en secondes</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Profit by %1</source>
        <translation>Marge par %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rebound profit report</source>
        <translation>Rapport de marge Rebound</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>rebound::console::RouteDialog</name>
    <message>
        <source>New route</source>
        <translation>Nouvelle route</translation>
    </message>
    <message>
        <source>e.g. 44 for the United Kingdom</source>
        <translation>p. ex. 44 pour le Royaume-Uni</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Préfixe :</translation>
    </message>
    <message>
        <source>E.164 digits the number starts with; empty for every number.</source>
        <translation>Chiffres E.164 par lesquels commence le numéro ; vide pour tous les numéros.</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>Passerell&amp;e :</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité :</translation>
    </message>
    <message>
        <source>For the same prefix, lower numbers are tried first.</source>
        <translation>Pour un même préfixe, les nombres les plus bas sont essayés en premier.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Add route</source>
        <translation>Ajouter la route</translation>
    </message>
</context>
<context>
    <name>rebound::console::RoutesModel</name>
    <message>
        <source>(all numbers)</source>
        <translation>(tous les numéros)</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
</context>
<context>
    <name>rebound::console::SettingsPage</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Restart the switch?</source>
        <translation>Redémarrer le commutateur&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>These settings are read when the switch starts. Restarting it now ends the %n call(s) in progress; they are billed up to now.</source>
        <translation>
            <numerusform>Ces paramètres sont lus au démarrage du commutateur. Le redémarrer maintenant termine l’appel en cours (%n) ; il est facturé jusqu’à maintenant.</numerusform>
            <numerusform>Ces paramètres sont lus au démarrage du commutateur. Le redémarrer maintenant termine les %n appels en cours ; ils sont facturés jusqu’à maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save and restart now</source>
        <translation>Enregistrer et redémarrer</translation>
    </message>
    <message>
        <source>Save, restart later</source>
        <translation>Enregistrer, redémarrer plus tard</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Empty fields use the default shown in grey. Settings marked ⟳ are read when the switch starts: Apply restarts it.</source>
        <translation>Les champs vides prennent la valeur par défaut affichée en gris. Les paramètres marqués ⟳ sont lus au démarrage du commutateur&#xa0;: Appliquer le redémarre.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>%1 Default: %2.</source>
        <translation>%1 Par défaut&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Settings could not be read: %1</source>
        <translation>Les paramètres n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <source>Saved; the switch is restarting to use the new settings.</source>
        <translation>Enregistré&#xa0;; le commutateur redémarre pour utiliser les nouveaux paramètres.</translation>
    </message>
    <message>
        <source>Saved. Restart the switch (Switch menu) to use the new settings.</source>
        <translation>Enregistré. Redémarrez le commutateur (menu Commutateur) pour utiliser les nouveaux paramètres.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>rebound::console::SetupWizard</name>
    <message>
        <source>Your business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>This assistant sets Rebound up for real use. Each page is saved when you press Next; Cancel leaves the page you are on unsaved.</source>
        <translation>Cet assistant prépare Rebound pour un usage réel. Chaque page est enregistrée quand vous appuyez sur Suivant ; Annuler laisse la page en cours non enregistrée.</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>&amp;Nom commercial :</translation>
    </message>
    <message>
        <source>&amp;Home country:</source>
        <translation>&amp;Pays d’origine :</translation>
    </message>
    <message>
        <source>Country &amp;code:</source>
        <translation>&amp;Indicatif pays :</translation>
    </message>
    <message>
        <source>&amp;International prefix:</source>
        <translation>Préfixe in&amp;ternational :</translation>
    </message>
    <message>
        <source>What people there dial before another country&apos;s code; several are separated by commas.</source>
        <translation>Ce que l’on y compose avant l’indicatif d’un autre pays ; plusieurs sont séparés par des virgules.</translation>
    </message>
    <message>
        <source>N&amp;ational prefix:</source>
        <translation>Préfixe n&amp;ational :</translation>
    </message>
    <message>
        <source>Dialled before a national number, such as 0; empty: none.</source>
        <translation>Composé avant un numéro national, comme 0 ; vide : aucun.</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>Billing &amp;time zone:</source>
        <translation>&amp;Fuseau de facturation :</translation>
    </message>
    <message>
        <source>(another country: type its plan below)</source>
        <translation>(autre pays : saisissez son plan ci-dessous)</translation>
    </message>
    <message>
        <source>This workstation&apos;s SIP address</source>
        <translation>Adresse SIP de ce poste</translation>
    </message>
    <message>
        <source>Where the switch answers carriers and phones. Use an address of this machine that the carrier can reach.</source>
        <translation>Où le commutateur répond aux opérateurs et aux téléphones. Utilisez une adresse de cette machine que l’opérateur peut joindre.</translation>
    </message>
    <message>
        <source>optional, such as 203.0.113.7</source>
        <translation>facultatif, comme 203.0.113.7</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>SIP &amp;address:</source>
        <translation>&amp;Adresse SIP :</translation>
    </message>
    <message>
        <source>P&amp;ublic address:</source>
        <translation>Adresse p&amp;ublique :</translation>
    </message>
    <message>
        <source>Por&amp;tal address:</source>
        <translation>Adresse du por&amp;tail :</translation>
    </message>
    <message>
        <source>this machine only</source>
        <translation>cette machine seulement</translation>
    </message>
    <message>
        <source>every interface</source>
        <translation>toutes les interfaces</translation>
    </message>
    <message>
        <source>Restart the switch</source>
        <translation>Redémarrer le commutateur</translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation>L’opérateur</translation>
    </message>
    <message>
        <source>The SIP gateway your calls go out through. Rebound checks it with an OPTIONS request; you can go on if it does not answer yet.</source>
        <translation>La passerelle SIP par laquelle sortent vos appels. Rebound la vérifie avec une requête OPTIONS ; vous pouvez continuer si elle ne répond pas encore.</translation>
    </message>
    <message>
        <source>Set up the carrier later, on the Gateways page</source>
        <translation>Configurer l’opérateur plus tard, sur la page Passerelles</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>sip.carrier.example or 203.0.113.7</source>
        <translation>sip.operateur.example ou 203.0.113.7</translation>
    </message>
    <message>
        <source>203.0.113.7, 198.51.100.0/24</source>
        <translation>203.0.113.7, 198.51.100.0/24</translation>
    </message>
    <message>
        <source>Send every number through this carrier (a route for all numbers)</source>
        <translation>Envoyer tous les numéros par cet opérateur (une route pour tous les numéros)</translation>
    </message>
    <message>
        <source>&amp;Save and check</source>
        <translation>&amp;Enregistrer et vérifier</translation>
    </message>
    <message>
        <source>no answer in %1 s — check host, port and firewall.</source>
        <translation>pas de réponse en %1 s — vérifiez l’hôte, le port et le pare-feu.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>The carrier&apos;s digest credentials; empty if it knows you by your address.</source>
        <translation>Les identifiants digest de l’opérateur ; vide s’il vous reconnaît par votre adresse.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Trusted sources:</source>
        <translation>Sources de &amp;confiance :</translation>
    </message>
    <message>
        <source>Addresses allowed to send DID calls and SMS, separated by commas.</source>
        <translation>Adresses autorisées à envoyer des appels DID et des SMS, séparées par des virgules.</translation>
    </message>
    <message>
        <source>the switch is not running; start it, then use Test reachability on the Gateways page.</source>
        <translation>le commutateur n’est pas en marche ; démarrez-le, puis utilisez Tester la joignabilité sur la page Passerelles.</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Vérification impossible : %1</translation>
    </message>
    <message>
        <source>Sending OPTIONS to %1:%2…</source>
        <translation>Envoi d’OPTIONS à %1:%2…</translation>
    </message>
    <message>
        <source>answered %1 %2 in %3 ms.</source>
        <translation>réponse %1 %2 en %3 ms.</translation>
    </message>
    <message>
        <source>answered %1 %2 after %3 ms — check host, port and firewall.</source>
        <translation>réponse %1 %2 après %3 ms — vérifiez l’hôte, le port et le pare-feu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Buy sheet and sell plan</source>
        <translation>Grille d’achat et plan de vente</translation>
    </message>
    <message>
        <source>Import the carrier&apos;s rate sheet as its buy table; your sell plan is made from it with a markup.</source>
        <translation>Importez la grille tarifaire de l’opérateur comme grille d’achat ; votre plan de vente en est tiré avec une marge.</translation>
    </message>
    <message>
        <source>Skip: import rates later on the Rates page</source>
        <translation>Passer : importer les tarifs plus tard sur la page Tarifs</translation>
    </message>
    <message>
        <source>the carrier&apos;s CSV rate sheet</source>
        <translation>la grille tarifaire CSV de l’opérateur</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Rate &amp;sheet:</source>
        <translation>&amp;Grille tarifaire :</translation>
    </message>
    <message>
        <source>Comma, semicolon or tab separated, as carriers send them. A sheet with a bad line imports nothing.</source>
        <translation>Séparée par des virgules, points-virgules ou tabulations, comme l’envoient les opérateurs. Une grille avec une ligne erronée n’importe rien.</translation>
    </message>
    <message>
        <source>&amp;Buy table:</source>
        <translation>&amp;Grille d’achat :</translation>
    </message>
    <message>
        <source>Se&amp;ll plan:</source>
        <translation>P&amp;lan de vente :</translation>
    </message>
    <message>
        <source>&amp;Markup:</source>
        <translation>&amp;Marge :</translation>
    </message>
    <message>
        <source>Added to every buy rate; sell rates are rounded up to 0.001 and never below cost.</source>
        <translation>Ajoutée à chaque tarif d’achat ; les tarifs de vente sont arrondis au 0,001 supérieur et jamais sous le coût.</translation>
    </message>
    <message>
        <source>Carrier rate sheet</source>
        <translation>Grille tarifaire de l’opérateur</translation>
    </message>
    <message>
        <source>Rate sheets (*.csv *.txt);;All files (*)</source>
        <translation>Grilles tarifaires (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the carrier&apos;s rate sheet, or skip this page.</source>
        <translation>Choisissez la grille tarifaire de l’opérateur, ou passez cette page.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Replace rate tables?</source>
        <translation>Remplacer les grilles tarifaires ?</translation>
    </message>
    <message>
        <source>There are already rate tables called %1. Their rates are replaced by this sheet and the markup; subscribers on them are billed by the new rates at once.</source>
        <translation>Il existe déjà des grilles tarifaires nommées %1. Leurs tarifs sont remplacés par cette grille et la marge ; les abonnés qui les utilisent sont facturés aux nouveaux tarifs immédiatement.</translation>
    </message>
    <message>
        <source>Give new names to keep the rate tables there are.</source>
        <translation>Donnez de nouveaux noms pour garder les grilles existantes.</translation>
    </message>
    <message>
        <source>Problems found in %1: %2; nothing was imported. Fix the file and try again.</source>
        <translation>Problèmes trouvés dans %1 : %2 ; rien n’a été importé. Corrigez le fichier et réessayez.</translation>
    </message>
    <message>
        <source>A first DID</source>
        <translation>Un premier DID</translation>
    </message>
    <message>
        <source>A number subscribers ring to be called back: the call is refused (so it costs them nothing) and the switch calls them back.</source>
        <translation>Un numéro que les abonnés appellent pour être rappelés : l’appel est refusé (il ne leur coûte donc rien) et le commutateur les rappelle.</translation>
    </message>
    <message>
        <source>Skip: add DIDs later on the DIDs page</source>
        <translation>Passer : ajouter des DID plus tard sur la page DID</translation>
    </message>
    <message>
        <source>+1 212 555 0101</source>
        <translation>+33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>In international form: country code and number, as the carrier delivers it.</source>
        <translation>Au format international : indicatif pays et numéro, tel que l’opérateur le livre.</translation>
    </message>
    <message>
        <source>&amp;Subscriber:</source>
        <translation>&amp;Abonné :</translation>
    </message>
    <message>
        <source>Whose DID it is; a DID without one is answered 404 until it gets one on the DIDs page.</source>
        <translation>À qui appartient le DID ; un DID sans abonné reçoit 404 jusqu’à ce qu’il en ait un sur la page DID.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
    <message>
        <source>What works, and what is left</source>
        <translation>Ce qui marche, et ce qui reste à faire</translation>
    </message>
    <message>
        <source>Every page you went through is saved. The assistant can be run again from the Help menu.</source>
        <translation>Chaque page parcourue est enregistrée. L’assistant peut être relancé depuis le menu Aide.</translation>
    </message>
    <message>
        <source>Settings saved: %1, %2, home country code +%3.</source>
        <translation>Paramètres enregistrés : %1, %2, indicatif du pays d’origine +%3.</translation>
    </message>
    <message>
        <source>This database still holds the demo data. To start clean: rebound --no-demo --db NEWFILE</source>
        <translation>Cette base de données contient encore les données de démo. Pour repartir de zéro : rebound --no-demo --db NEWFILE</translation>
    </message>
    <message>
        <source>No switch runs in this console; start one (rebound-switch serve) to take calls on %1.</source>
        <translation>Aucun commutateur ne tourne dans cette console ; démarrez-en un (rebound-switch serve) pour prendre les appels sur %1.</translation>
    </message>
    <message>
        <source>The switch is listening on %1.</source>
        <translation>Le commutateur écoute sur %1.</translation>
    </message>
    <message>
        <source>The switch could not start on %1: %2</source>
        <translation>Le commutateur n’a pas pu démarrer sur %1 : %2</translation>
    </message>
    <message>
        <source>The switch is stopped; start it to take calls on %1.</source>
        <translation>Le commutateur est arrêté ; démarrez-le pour prendre les appels sur %1.</translation>
    </message>
    <message>
        <source>The switch is starting on %1…</source>
        <translation>Le commutateur démarre sur %1…</translation>
    </message>
    <message>
        <source>Gateway %1 (%2): %3</source>
        <translation>Passerelle %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Gateway %1 (%2) was not checked: %3</source>
        <translation>La passerelle %1 (%2) n’a pas été vérifiée : %3</translation>
    </message>
    <message>
        <source>waiting for its answer…</source>
        <translation>en attente de sa réponse…</translation>
    </message>
    <message>
        <source>No carrier gateway yet: add one on the Gateways page.</source>
        <translation>Pas encore de passerelle opérateur : ajoutez-en une sur la page Passerelles.</translation>
    </message>
    <message>
        <source>Gateways: %1 (use Test reachability on the Gateways page).</source>
        <translation>Passerelles : %1 (utilisez Tester la joignabilité sur la page Passerelles).</translation>
    </message>
    <message>
        <source>No routes: add one on the Gateways page so calls can go out.</source>
        <translation>Aucune route : ajoutez-en une sur la page Passerelles pour que les appels puissent sortir.</translation>
    </message>
    <message>
        <source>%1 (%2 rates)</source>
        <translation>%1 (%2 tarifs)</translation>
    </message>
    <message>
        <source>No gateway has a buy table: import the carrier&apos;s sheet on the Rates page and choose it in the gateway, or costs are unknown.</source>
        <translation>Aucune passerelle n’a de grille d’achat : importez la grille de l’opérateur sur la page Tarifs et choisissez-la dans la passerelle, sinon les coûts sont inconnus.</translation>
    </message>
    <message>
        <source>Buy table: %1.</source>
        <translation>Grille d’achat : %1.</translation>
    </message>
    <message>
        <source>No sell plan: make one with the markup tool on the Rates page.</source>
        <translation>Aucun plan de vente : créez-en un avec l’outil de marge sur la page Tarifs.</translation>
    </message>
    <message>
        <source>Sell plan: %1.</source>
        <translation>Plan de vente : %1.</translation>
    </message>
    <message>
        <source>No DID yet: add one on the DIDs page.</source>
        <translation>Pas encore de DID : ajoutez-en un sur la page DID.</translation>
    </message>
    <message>
        <source>DID: +%1.</source>
        <translation>DID : +%1.</translation>
    </message>
    <message>
        <source>DIDs: +%1 and %2 more.</source>
        <translation>DID : +%1 et %2 autres.</translation>
    </message>
    <message>
        <source>No subscriber yet: add your first subscriber on the Subscribers page.</source>
        <translation>Pas encore d’abonné : ajoutez votre premier abonné sur la page Abonnés.</translation>
    </message>
    <message>
        <source>Subscribers: %1.</source>
        <translation>Abonnés : %1.</translation>
    </message>
    <message>
        <source>The subscriber portal is off (Portal address on the SIP page, or the Settings page).</source>
        <translation>Le portail abonnés est désactivé (Adresse du portail sur la page SIP, ou la page Paramètres).</translation>
    </message>
    <message>
        <source>The subscriber portal is at %1</source>
        <translation>Le portail abonnés est à l’adresse %1</translation>
    </message>
    <message>
        <source>The subscriber portal will be at %1://%2 when the switch runs.</source>
        <translation>Le portail abonnés sera à l’adresse %1://%2 quand le commutateur tournera.</translation>
    </message>
    <message>
        <source>Set-up assistant</source>
        <translation>Assistant de configuration</translation>
    </message>
</context>
<context>
    <name>rebound::console::SipLogPage</name>
    <message>
        <source>SIP log</source>
        <translation>Journal SIP</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Pause scrolling</source>
        <translation>&amp;Suspendre le défilement</translation>
    </message>
    <message>
        <source>Keep the view where it is while new lines arrive.</source>
        <translation>Garder la vue en place pendant que de nouvelles lignes arrivent.</translation>
    </message>
    <message>
        <source>Waiting for SIP activity…</source>
        <translation>En attente d’activité SIP…</translation>
    </message>
    <message>
        <source>The switch is not running in this console.</source>
        <translation>Le commutateur ne tourne pas dans cette console.</translation>
    </message>
    <message>
        <source>Switch failed: %1</source>
        <translation>Échec du commutateur : %1</translation>
    </message>
</context>
<context>
    <name>rebound::console::SubscriberDialog</name>
    <message>
        <source>Edit subscriber %1</source>
        <translation>Modifier l’abonné %1</translation>
    </message>
    <message>
        <source>New subscriber</source>
        <translation>Nouvel abonné</translation>
    </message>
    <message>
        <source>e.g. 1006</source>
        <translation>p. ex. 1006</translation>
    </message>
    <message>
        <source>&amp;Account code:</source>
        <translation>&amp;Code de compte :</translation>
    </message>
    <message>
        <source>Digits the subscriber types in SMS and on the phone keypad.</source>
        <translation>Chiffres que l’abonné tape dans les SMS et sur le clavier du téléphone.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Member id:</source>
        <translation>&amp;Identifiant membre :</translation>
    </message>
    <message>
        <source>Web portal login; leave empty for none.</source>
        <translation>Identifiant du portail web ; laisser vide pour aucun.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password.</source>
        <translation>Laisser vide pour garder le mot de passe actuel.</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>&amp;PIN :</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN. 6 to 12 digits, for the IVR and for SMS sent from other phones.</source>
        <translation>Laisser vide pour garder le PIN actuel. 6 à 12 chiffres, pour le SVI et pour les SMS envoyés depuis d’autres téléphones.</translation>
    </message>
    <message>
        <source>Optional: 6 to 12 digits, for the IVR and for SMS sent from other phones.</source>
        <translation>Facultatif : 6 à 12 chiffres, pour le SVI et pour les SMS envoyés depuis d’autres téléphones.</translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation>+33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>&amp;Callback number:</source>
        <translation>N&amp;uméro de rappel :</translation>
    </message>
    <message>
        <source>The phone the switch calls back. An earlier callback number stays a registered phone until it is removed below.</source>
        <translation>Le téléphone que le commutateur rappelle. Un ancien numéro de rappel reste un téléphone enregistré jusqu’à ce qu’il soit retiré ci-dessous.</translation>
    </message>
    <message>
        <source>The phone the switch calls back.</source>
        <translation>Le téléphone que le commutateur rappelle.</translation>
    </message>
    <message>
        <source>Only from the registered phones</source>
        <translation>Seulement depuis les téléphones enregistrés</translation>
    </message>
    <message>
        <source>&amp;DID triggers:</source>
        <translation>Déclenchements &amp;DID :</translation>
    </message>
    <message>
        <source>Ringing a DID asks for a callback only from the subscriber&apos;s own phones (once one is registered).</source>
        <translation>Appeler un DID ne demande un rappel que depuis les téléphones de l’abonné (dès qu’un téléphone est enregistré).</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>C&amp;redit limit:</source>
        <translation>Limite de crédi&amp;t :</translation>
    </message>
    <message>
        <source>How far below zero the balance may go; 0 for prepaid.</source>
        <translation>Jusqu’où le solde peut descendre sous zéro ; 0 pour du prépayé.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Concurrent &amp;calls:</source>
        <translation>Appels &amp;simultanés :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>St&amp;atut :</translation>
    </message>
    <message>
        <source>(none: calls are refused)</source>
        <translation>(aucun : les appels sont refusés)</translation>
    </message>
    <message>
        <source>Sell p&amp;lan:</source>
        <translation>Plan de v&amp;ente :</translation>
    </message>
    <message>
        <source>The rates this subscriber pays.</source>
        <translation>Les tarifs que paie cet abonné.</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Registered p&amp;hones:</source>
        <translation>Télép&amp;hones enregistrés :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add subscriber</source>
        <translation>Ajouter l’abonné</translation>
    </message>
    <message>
        <source>%1 (callback number)</source>
        <translation>%1 (numéro de rappel)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Every callback number the subscriber has had. These phones may ask for a callback by SMS without the PIN and ring the subscriber&apos;s DIDs.</source>
        <translation>Chaque numéro de rappel qu’a eu l’abonné. Ces téléphones peuvent demander un rappel par SMS sans le PIN et appeler les DID de l’abonné.</translation>
    </message>
    <message>
        <source>Remove registered phone</source>
        <translation>Retirer le téléphone enregistré</translation>
    </message>
    <message>
        <source>Remove %1 from the registered phones of subscriber %2? Once you save, it can no longer ask for a callback by SMS without the PIN or ring the subscriber&apos;s DIDs.</source>
        <translation>Retirer %1 des téléphones enregistrés de l’abonné %2 ? Après enregistrement, il ne pourra plus demander de rappel par SMS sans le PIN ni appeler les DID de l’abonné.</translation>
    </message>
    <message>
        <source>Removed when you save: %1</source>
        <translation>Retiré à l’enregistrement : %1</translation>
    </message>
</context>
<context>
    <name>rebound::console::SubscriberModel</name>
    <message>
        <source>Demo subscriber created on first start</source>
        <translation>Abonné de démo créé au premier démarrage</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Callback number</source>
        <translation>N° de rappel</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Limite de crédit</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>rebound::console::SubscribersPage</name>
    <message>
        <source>Subscribers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Adjust &amp;balance…</source>
        <translation>A&amp;juster le solde…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add subscribers from a CSV file; a file with any bad line changes nothing</source>
        <translation>Ajouter des abonnés depuis un fichier CSV ; un fichier avec une ligne erronée ne change rien</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save every subscriber as a CSV file, without passwords or PINs</source>
        <translation>Enregistrer tous les abonnés dans un fichier CSV, sans mots de passe ni PIN</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Search code, name, number…</source>
        <translation>Rechercher code, nom, numéro…</translation>
    </message>
    <message>
        <source>Delete subscriber %1 (%2)? Their callback numbers go with them.</source>
        <translation>Supprimer l’abonné %1 (%2) ? Ses numéros de rappel sont supprimés avec lui.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>Delete subscriber</source>
        <translation>Supprimer l’abonné</translation>
    </message>
    <message>
        <source>Cannot delete subscriber</source>
        <translation>Impossible de supprimer l’abonné</translation>
    </message>
    <message>
        <source>Adjust balance</source>
        <translation>Ajuster le solde</translation>
    </message>
    <message>
        <source>Import subscribers</source>
        <translation>Importer des abonnés</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export subscribers</source>
        <translation>Exporter les abonnés</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 subscribers imported.</source>
        <translation>%1 abonnés importés.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1 subscribers to %2.</source>
        <translation>%1 abonnés écrits dans %2.</translation>
    </message>
</context>
<context>
    <name>rebound::console::SwitchStatusLabel</name>
    <message>
        <source>not started by this console</source>
        <translation>non démarré par cette console</translation>
    </message>
    <message>
        <source>Switch: stopping, ending the calls in progress…</source>
        <translation>Commutateur : arrêt, fin des appels en cours…</translation>
    </message>
    <message>
        <source>Switch: starting…</source>
        <translation>Commutateur : démarrage…</translation>
    </message>
    <message>
        <source>shut down</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>Switch: SIP running</source>
        <translation>Commutateur : SIP en marche</translation>
    </message>
    <message>
        <source>Switch: SIP on %1</source>
        <translation>Commutateur : SIP sur %1</translation>
    </message>
    <message>
        <source>portal %1</source>
        <translation>portail %1</translation>
    </message>
    <message>
        <source>The embedded callback switch is answering SIP; see the SIP log page.</source>
        <translation>Le commutateur de rappel intégré répond en SIP ; voir la page Journal SIP.</translation>
    </message>
    <message>
        <source>Switch failed: %1</source>
        <translation>Échec du commutateur : %1</translation>
    </message>
    <message>
        <source>Switch stopped: %1</source>
        <translation>Commutateur arrêté : %1</translation>
    </message>
    <message>
        <source>The console keeps working without the switch, but no callbacks are placed.
%1</source>
        <translation>La console continue de fonctionner sans le commutateur, mais aucun rappel n’est passé.
%1</translation>
    </message>
</context>
<context>
    <name>rebound::console::TestPhonesPage</name>
    <message>
        <source>Test phones</source>
        <translation>Téléphones de test</translation>
    </message>
    <message>
        <source>Two software phones inside the console: A is the subscriber&apos;s phone, B the destination. The switch reaches them through the built-in test carrier, which only test calls use, so real calls route as before. Test calls are billed to the subscriber like real calls and marked as test calls in the records and reports.</source>
        <translation>Deux téléphones logiciels dans la console : A est le téléphone de l’abonné, B la destination. Le commutateur les joint via l’opérateur de test intégré, que seuls les appels de test utilisent : les appels réels sont acheminés comme avant. Les appels de test sont facturés à l’abonné comme les appels réels et marqués comme appels de test dans les tickets et les rapports.</translation>
    </message>
    <message>
        <source>Turn the test phones &amp;on</source>
        <translation>&amp;Allumer les téléphones de test</translation>
    </message>
    <message>
        <source>The test phones are off.</source>
        <translation>Les téléphones de test sont éteints.</translation>
    </message>
    <message>
        <source>the number phone B answers, e.g. +1 202 555 0147</source>
        <translation>le numéro auquel répond le téléphone B, p. ex. +33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>&amp;Subscriber:</source>
        <translation>&amp;Abonné :</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <source>Ring my &amp;DID</source>
        <translation>Appeler mon &amp;DID</translation>
    </message>
    <message>
        <source>Send S&amp;MS</source>
        <translation>Envoyer un S&amp;MS</translation>
    </message>
    <message>
        <source>&amp;Web callback</source>
        <translation>Rappel &amp;web</translation>
    </message>
    <message>
        <source>&amp;API callback</source>
        <translation>Rappel A&amp;PI</translation>
    </message>
    <message>
        <source>Phone A calls the subscriber&apos;s DID through the test carrier, gets busy, and is called back; key the destination and # when the IVR asks.</source>
        <translation>Le téléphone A appelle le DID de l’abonné via l’opérateur de test, reçoit occupé, puis est rappelé ; composez la destination et # quand le SVI le demande.</translation>
    </message>
    <message>
        <source>Phone A sends the SMS a carrier would pass on: the account code and the destination.</source>
        <translation>Le téléphone A envoie le SMS que transmettrait un opérateur : le code de compte et la destination.</translation>
    </message>
    <message>
        <source>The callback the web portal would ask for.</source>
        <translation>Le rappel que demanderait le portail web.</translation>
    </message>
    <message>
        <source>The callback the JSON API would ask for.</source>
        <translation>Le rappel que demanderait l’API JSON.</translation>
    </message>
    <message>
        <source>Phone A: the subscriber&apos;s phone</source>
        <translation>Téléphone A : le téléphone de l’abonné</translation>
    </message>
    <message>
        <source>Phone B: the destination</source>
        <translation>Téléphone B : la destination</translation>
    </message>
    <message>
        <source>The call&apos;s record appears here once the callback ends.</source>
        <translation>Le ticket de l’appel apparaît ici une fois le rappel terminé.</translation>
    </message>
    <message>
        <source>Show on the &amp;Calls page</source>
        <translation>Afficher sur la page Appe&amp;ls</translation>
    </message>
    <message>
        <source>Phone A</source>
        <translation>Téléphone A</translation>
    </message>
    <message>
        <source>Phone B</source>
        <translation>Téléphone B</translation>
    </message>
    <message>
        <source>%1 rings, caller ID %2</source>
        <translation>%1 sonne, numéro appelant %2</translation>
    </message>
    <message>
        <source>%1 is talking</source>
        <translation>%1 est en conversation</translation>
    </message>
    <message>
        <source>%1 is idle</source>
        <translation>%1 est libre</translation>
    </message>
    <message>
        <source>%1 calls %2</source>
        <translation>%1 appelle %2</translation>
    </message>
    <message>
        <source>The switch took the SMS: %1</source>
        <translation>Le commutateur a pris le SMS : %1</translation>
    </message>
    <message>
        <source>SMS to phone A: &quot;%1&quot;</source>
        <translation>SMS au téléphone A : « %1 »</translation>
    </message>
    <message>
        <source>Callback #%1 requested (a test call)</source>
        <translation>Rappel n° %1 demandé (un appel de test)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Décrocher</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Answer by itself</source>
        <translation>Décrochage automatique</translation>
    </message>
    <message>
        <source>%1 keys %2</source>
        <translation>%1 compose %2</translation>
    </message>
    <message>
        <source>Hears:</source>
        <translation>Entend :</translation>
    </message>
    <message>
        <source>Test phones on %1:%2; the test carrier &quot;%3&quot; points at them</source>
        <translation>Téléphones de test sur %1:%2 ; l’opérateur de test « %3 » pointe vers eux</translation>
    </message>
    <message>
        <source>The switch is not running: start it from the Switch menu.</source>
        <translation>Le commutateur n’est pas en marche : démarrez-le depuis le menu Commutateur.</translation>
    </message>
    <message>
        <source>Phone A rings DID %1; when the IVR asks, key %2</source>
        <translation>Le téléphone A appelle le DID %1 ; quand le SVI le demande, composez %2</translation>
    </message>
    <message>
        <source>Phone A texts &quot;%1&quot;</source>
        <translation>Le téléphone A envoie « %1 » par SMS</translation>
    </message>
    <message>
        <source>A web callback to %1</source>
        <translation>Un rappel web vers %1</translation>
    </message>
    <message>
        <source>An API callback to %1</source>
        <translation>Un rappel API vers %1</translation>
    </message>
    <message>
        <source>Callback #%1: %2</source>
        <translation>Rappel n° %1 : %2</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>Appel de %1</translation>
    </message>
    <message>
        <source>Ringing: %1</source>
        <translation>Sonnerie : %1</translation>
    </message>
    <message>
        <source>Talking with %1, %2</source>
        <translation>En conversation avec %1, %2</translation>
    </message>
    <message>
        <source>Number: chosen when a callback is asked for</source>
        <translation>Numéro : choisi lors de la demande de rappel</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Numéro : %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Éteint</translation>
    </message>
    <message>
        <source>Turn the test phones &amp;off</source>
        <translation>É&amp;teindre les téléphones de test</translation>
    </message>
    <message>
        <source>On: 127.0.0.1:%1, reached through the test carrier &quot;%2&quot;.</source>
        <translation>Allumés : 127.0.0.1:%1, joints via l’opérateur de test « %2 ».</translation>
    </message>
    <message>
        <source>On, but the switch is not running: start it from the Switch menu.</source>
        <translation>Allumés, mais le commutateur n’est pas en marche : démarrez-le depuis le menu Commutateur.</translation>
    </message>
    <message>
        <source>Which phone&apos;s sound this computer plays: the prompts phone A hears, or the call as the destination hears it.</source>
        <translation>Le son du téléphone que joue cet ordinateur : les annonces qu’entend le téléphone A, ou l’appel tel que l’entend la destination.</translation>
    </message>
    <message>
        <source>&amp;Listen to:</source>
        <translation>É&amp;couter :</translation>
    </message>
    <message>
        <source>No audio output on this computer: levels only.</source>
        <translation>Pas de sortie audio sur cet ordinateur : niveaux seulement.</translation>
    </message>
    <message>
        <source>The level of the audio this phone receives.</source>
        <translation>Le niveau du son que reçoit ce téléphone.</translation>
    </message>
    <message>
        <source>The switch turned the DID call away with %1 %2, so it costs nothing; the callback follows</source>
        <translation>Le commutateur a refusé l’appel au DID avec %1 %2, il ne coûte donc rien ; le rappel suit</translation>
    </message>
    <message>
        <source>%1&apos;s call failed: %2 %3</source>
        <translation>L’appel de %1 a échoué : %2 %3</translation>
    </message>
    <message>
        <source>The switch turned the DID call away with %1 %2 and will not call back. Refused: %3</source>
        <translation>Le commutateur a refusé l’appel au DID avec %1 %2 et ne rappellera pas. Refusé : %3</translation>
    </message>
</context>
<context>
    <name>rebound::media::MediaEngine</name>
    <message>
        <source>The media bind address %1 is not an IPv4 address</source>
        <translation>L’adresse d’écoute média %1 n’est pas une adresse IPv4</translation>
    </message>
    <message>
        <source>Cannot open an RTP socket: %1</source>
        <translation>Impossible d’ouvrir une socket RTP : %1</translation>
    </message>
    <message>
        <source>No free RTP port on %1 in %2-%3; widen media.port_min/port_max</source>
        <translation>Aucun port RTP libre sur %1 dans %2-%3 ; élargissez media.port_min/port_max</translation>
    </message>
    <message>
        <source>The media address %1 is not an IPv4 address</source>
        <translation>L’adresse média %1 n’est pas une adresse IPv4</translation>
    </message>
    <message>
        <source>There is no prompt called &quot;%1&quot; in the %2 prompt set</source>
        <translation>Il n’y a pas d’annonce nommée « %1 » dans le jeu d’annonces %2</translation>
    </message>
    <message>
        <source>(none loaded)</source>
        <translation>(aucun chargé)</translation>
    </message>
    <message>
        <source>There is no prompt called &quot;%1&quot; in the %2 or the %3 prompt set</source>
        <translation>Il n’y a pas d’annonce nommée « %1 » dans le jeu d’annonces %2 ni dans le jeu %3</translation>
    </message>
</context>
<context>
    <name>rebound::network::DidService</name>
    <message>
        <source>DID #%1 does not exist.</source>
        <translation>Le DID n° %1 n’existe pas.</translation>
    </message>
    <message>
        <source>DID %1 does not exist.</source>
        <translation>Le DID %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Enter the DID number, e.g. +1 212 555 0101.</source>
        <translation>Saisissez le numéro DID, p. ex. +33 1 23 45 67 89.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an international number: use 3 to 15 digits starting with the country code (not 0), optionally after a +.</source>
        <translation>&apos;%1&apos; n’est pas un numéro international : utilisez 3 à 15 chiffres commençant par l’indicatif pays (pas 0), éventuellement après un +.</translation>
    </message>
    <message>
        <source>DID %1 already exists (subscriber %2).</source>
        <translation>Le DID %1 existe déjà (abonné %2).</translation>
    </message>
    <message>
        <source>DID %1 already exists.</source>
        <translation>Le DID %1 existe déjà.</translation>
    </message>
    <message>
        <source>Subscriber #%1 does not exist.</source>
        <translation>L’abonné n° %1 n’existe pas.</translation>
    </message>
    <message>
        <source>An LGW DID needs the gateway that leg A goes out through; choose one, or set the mode to DID.</source>
        <translation>Un DID LGW exige la passerelle par laquelle sort la branche A ; choisissez-en une, ou passez le mode à DID.</translation>
    </message>
    <message>
        <source>Gateway #%1 does not exist.</source>
        <translation>La passerelle n° %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>rebound::network::GatewayService</name>
    <message>
        <source>Enter the gateway&apos;s host name or IP address.</source>
        <translation>Saisissez le nom d’hôte ou l’adresse IP de la passerelle.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address.</source>
        <translation>&apos;%1&apos; n’est pas une adresse IPv4 valide.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or IP address (like sip.carrier.example or 203.0.113.7).</source>
        <translation>&apos;%1&apos; n’est pas un nom d’hôte ni une adresse IP (comme sip.operateur.example ou 203.0.113.7).</translation>
    </message>
    <message>
        <source>Entry %1, &apos;%2&apos;, is neither an IP address nor a subnet; write them like 203.0.113.7 or 198.51.100.0/24, separated by commas.</source>
        <translation>L’entrée %1, &apos;%2&apos;, n’est ni une adresse IP ni un sous-réseau ; écrivez-les comme 203.0.113.7 ou 198.51.100.0/24, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Gateway #%1 does not exist.</source>
        <translation>La passerelle n° %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Enter a name, e.g. the carrier&apos;s.</source>
        <translation>Saisissez un nom, p. ex. celui de l’opérateur.</translation>
    </message>
    <message>
        <source>There is already a gateway named %1.</source>
        <translation>Il existe déjà une passerelle nommée %1.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (SIP uses 5060, TLS 5061).</source>
        <translation>Le port doit être un nombre de 1 à 65535 (SIP utilise 5060, TLS 5061).</translation>
    </message>
    <message>
        <source>The transport is udp, tcp or tls.</source>
        <translation>Le transport vaut udp, tcp ou tls.</translation>
    </message>
    <message>
        <source>Strip from 0 to %1 leading digits.</source>
        <translation>Retirez de 0 à %1 chiffres de tête.</translation>
    </message>
    <message>
        <source>The prefix may contain only digits.</source>
        <translation>Le préfixe ne peut contenir que des chiffres.</translation>
    </message>
    <message>
        <source>Write the caller ID as a phone number, e.g. +12125550100.</source>
        <translation>Écrivez le numéro présenté comme un numéro de téléphone, p. ex. +33123456789.</translation>
    </message>
    <message>
        <source>Rate table #%1 does not exist.</source>
        <translation>La grille tarifaire n° %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a sell plan; a gateway&apos;s costs come from a buy table.</source>
        <translation>%1 est un plan de vente ; les coûts d’une passerelle viennent d’une grille d’achat.</translation>
    </message>
    <message>
        <source>Allow from 0 (no limit) to %1 calls at once.</source>
        <translation>Autorisez de 0 (sans limite) à %1 appels simultanés.</translation>
    </message>
    <message>
        <source>%1 is still the gateway of LGW DIDs; give them another gateway or make them plain DIDs first.</source>
        <translation>%1 est encore la passerelle de DID LGW ; attribuez-leur une autre passerelle ou faites-en d’abord des DID simples.</translation>
    </message>
</context>
<context>
    <name>rebound::network::RouteService</name>
    <message>
        <source>The prefix may contain only digits (at most 15), like 44 or 1212; leave it empty to route every number.</source>
        <translation>Le préfixe ne peut contenir que des chiffres (15 au plus), comme 44 ou 3312 ; laissez-le vide pour acheminer tous les numéros.</translation>
    </message>
    <message>
        <source>Choose the gateway these numbers go out through; add one first if there is none.</source>
        <translation>Choisissez la passerelle par laquelle sortent ces numéros ; ajoutez-en une d’abord s’il n’y en a pas.</translation>
    </message>
    <message>
        <source>Gateway #%1 does not exist.</source>
        <translation>La passerelle n° %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The priority is a number from 0 to %1; for the same prefix, lower numbers are tried first.</source>
        <translation>La priorité est un nombre de 0 à %1 ; pour un même préfixe, les nombres les plus bas sont essayés en premier.</translation>
    </message>
    <message>
        <source>%1 already has a route for every number.</source>
        <translation>%1 a déjà une route pour tous les numéros.</translation>
    </message>
    <message>
        <source>%1 already has a route for prefix %2.</source>
        <translation>%1 a déjà une route pour le préfixe %2.</translation>
    </message>
    <message>
        <source>Route #%1 does not exist.</source>
        <translation>La route n° %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>rebound::routing::LegDialer</name>
    <message>
        <source>no response from the gateway</source>
        <translation>pas de réponse de la passerelle</translation>
    </message>
    <message>
        <source>no route to this number</source>
        <translation>pas de route vers ce numéro</translation>
    </message>
    <message>
        <source>gateway %1 is at its call limit</source>
        <translation>la passerelle %1 a atteint sa limite d’appels</translation>
    </message>
    <message>
        <source>trying %1</source>
        <translation>essai de %1</translation>
    </message>
</context>
<context>
    <name>rebound::settings::Catalog</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 is 0 (off) or at least 90 seconds.</source>
        <translation>%1 vaut 0 (désactivé) ou au moins 90 secondes.</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>%1 doit être un nombre de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 must be an amount such as 5 or 2.50.</source>
        <translation>%1 doit être un montant comme 5 ou 2.50.</translation>
    </message>
    <message>
        <source>%1 is one line of at most 200 characters.</source>
        <translation>%1 tient sur une ligne d’au plus 200 caractères.</translation>
    </message>
    <message>
        <source>%1 is one of: %2.</source>
        <translation>%1 vaut l’un de&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: write an IP address and port, such as 192.168.1.20:%2%3.</source>
        <translation>%1&#xa0;: écrivez une adresse IP et un port, comme 192.168.1.20:%2%3.</translation>
    </message>
    <message>
        <source>, or off</source>
        <translation>, ou off</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: write an IP address of this computer, such as 192.168.1.20.</source>
        <translation>%1&#xa0;: écrivez une adresse IP de cet ordinateur, comme 192.168.1.20.</translation>
    </message>
    <message>
        <source>%1: there is no readable file %2.</source>
        <translation>%1&#xa0;: il n’y a pas de fichier lisible %2.</translation>
    </message>
    <message>
        <source>%1: %2 is a file, not a folder.</source>
        <translation>%1&#xa0;: %2 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone; use an IANA name such as Europe/London.</source>
        <translation>&apos;%1&apos; n’est pas un fuseau horaire&#xa0;; utilisez un nom IANA comme Europe/Paris.</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO code such as USD.</source>
        <translation>La devise est un code ISO à trois lettres comme EUR.</translation>
    </message>
    <message>
        <source>%1: %2 to %3 digits.</source>
        <translation>%1&#xa0;: %2 à %3 chiffres.</translation>
    </message>
    <message>
        <source>%1: digits separated by commas, such as 00,011.</source>
        <translation>%1&#xa0;: des chiffres séparés par des virgules, comme 00,011.</translation>
    </message>
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
        <translation>L’adresse et le port sur lesquels le commutateur répond en SIP, comme 192.168.1.20:5060. 127.0.0.1 ne répond qu’à cette machine&#xa0;; 0.0.0.0 sur toutes les interfaces.</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Adresse publique</translation>
    </message>
    <message>
        <source>Behind a router (NAT): the router&apos;s public address or host name, with :port when the router forwards another port to the SIP address. Contact, Via, From and the SDP of every call name it; the switch still listens on the SIP and media addresses.</source>
        <translation>Derrière un routeur (NAT)&#xa0;: l’adresse publique ou le nom d’hôte du routeur, avec&#xa0;:port si le routeur redirige un autre port vers l’adresse SIP. Contact, Via, From et le SDP de chaque appel l’indiquent&#xa0;; le commutateur écoute toujours sur les adresses SIP et média.</translation>
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
        <translation>auto&#xa0;: TCP seulement si une passerelle utilise TCP ou TLS&#xa0;; on&#xa0;: toujours&#xa0;; off&#xa0;: UDP seulement.</translation>
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
        <translation>Intervalle de rafraîchissement de session RFC 4028 demandé aux pairs&#xa0;; 0 désactive les minuteurs de session (sinon au moins 90).</translation>
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
        <translation>L’adresse d’envoi et de réception du RTP. Vide&#xa0;: l’adresse SIP.</translation>
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
        <translation>Les ports RTP sont choisis au hasard dans cette plage&#xa0;; ouvrez-la sur le pare-feu.</translation>
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
        <translation>Un appel décroché qui n’envoie aucun RTP pendant cette durée est terminé&#xa0;; 0 ne termine jamais un appel pour cause de silence.</translation>
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
        <translation>Où le portail abonnés, le point d’accès SMS et l’API écoutent, comme 0.0.0.0:8443&#xa0;; off&#xa0;: pas de portail.</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>A PEM certificate (with its chain): the portal then speaks HTTPS. Set the key too.</source>
        <translation>Un certificat PEM (avec sa chaîne)&#xa0;: le portail parle alors HTTPS. Indiquez aussi la clé.</translation>
    </message>
    <message>
        <source>none: plain HTTP</source>
        <translation>aucun&#xa0;: HTTP simple</translation>
    </message>
    <message>
        <source>TLS key</source>
        <translation>Clé TLS</translation>
    </message>
    <message>
        <source>The PEM private key of the certificate.</source>
        <translation>La clé privée PEM du certificat.</translation>
    </message>
    <message>
        <source>Sign-out after idle (min)</source>
        <translation>Déconnexion après inactivité (min)</translation>
    </message>
    <message>
        <source>A portal session unused this long is signed out.</source>
        <translation>Une session du portail inutilisée pendant cette durée est déconnectée.</translation>
    </message>
    <message>
        <source>Sign-in failures</source>
        <translation>Échecs de connexion</translation>
    </message>
    <message>
        <source>Wrong passwords allowed within the window before the login is locked.</source>
        <translation>Mots de passe erronés admis dans la fenêtre avant le verrouillage de l’identifiant.</translation>
    </message>
    <message>
        <source>Sign-in window (min)</source>
        <translation>Fenêtre de connexion (min)</translation>
    </message>
    <message>
        <source>The window sign-in failures are counted in.</source>
        <translation>La fenêtre dans laquelle les échecs de connexion sont comptés.</translation>
    </message>
    <message>
        <source>Sign-in lock-out (min)</source>
        <translation>Verrouillage connexion (min)</translation>
    </message>
    <message>
        <source>How long a login stays locked after too many failures.</source>
        <translation>Durée pendant laquelle un identifiant reste verrouillé après trop d’échecs.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Open portal connections allowed in all.</source>
        <translation>Connexions au portail ouvertes admises au total.</translation>
    </message>
    <message>
        <source>Connections per address</source>
        <translation>Connexions par adresse</translation>
    </message>
    <message>
        <source>Open portal connections allowed from one address.</source>
        <translation>Connexions au portail ouvertes admises depuis une même adresse.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <source>Shown on the portal and printed cards.</source>
        <translation>Affiché sur le portail et imprimé sur les cartes.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>The ISO 4217 code balances, rates and cards are in, such as USD or EUR. Changing it converts nothing: set it before the first rates and top-ups.</source>
        <translation>Le code ISO 4217 des soldes, tarifs et cartes, comme USD ou EUR. Le changer ne convertit rien&#xa0;: réglez-le avant les premiers tarifs et recharges.</translation>
    </message>
    <message>
        <source>Billing time zone</source>
        <translation>Fuseau de facturation</translation>
    </message>
    <message>
        <source>The zone peak and off-peak windows, days and months are read in, such as Europe/London.</source>
        <translation>Le fuseau dans lequel sont lues les plages heures pleines et creuses, les jours et les mois, comme Europe/Paris.</translation>
    </message>
    <message>
        <source>this machine&apos;s zone</source>
        <translation>le fuseau de cette machine</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>Solde bas</translation>
    </message>
    <message>
        <source>Subscribers below this balance are listed on the dashboard.</source>
        <translation>Les abonnés sous ce solde sont listés sur le tableau de bord.</translation>
    </message>
    <message>
        <source>Dial plan</source>
        <translation>Plan de numérotation</translation>
    </message>
    <message>
        <source>Home country code</source>
        <translation>Indicatif du pays d’origine</translation>
    </message>
    <message>
        <source>The country code of the home country, such as 1 or 44.</source>
        <translation>L’indicatif du pays d’origine, comme 1 ou 33.</translation>
    </message>
    <message>
        <source>International prefixes</source>
        <translation>Préfixes internationaux</translation>
    </message>
    <message>
        <source>What people dial before a country code, comma-separated, such as 00 or 011.</source>
        <translation>Ce que l’on compose avant un indicatif pays, séparés par des virgules, comme 00 ou 011.</translation>
    </message>
    <message>
        <source>National prefix</source>
        <translation>Préfixe national</translation>
    </message>
    <message>
        <source>What people dial before a national number, such as 0; empty: none.</source>
        <translation>Ce que l’on compose avant un numéro national, comme 0&#xa0;; vide&#xa0;: aucun.</translation>
    </message>
    <message>
        <source>Bare digits are</source>
        <translation>Chiffres seuls lus comme</translation>
    </message>
    <message>
        <source>How a number with no prefix is read: international (callback customers abroad often omit the +) or national.</source>
        <translation>Comment lire un numéro sans préfixe&#xa0;: international (les clients de rappel à l’étranger omettent souvent le +) ou national.</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Call-back delay (ms)</source>
        <translation>Délai de rappel (ms)</translation>
    </message>
    <message>
        <source>The wait between a trigger and calling the subscriber back, so a phone that just got 486 Busy is free again.</source>
        <translation>L’attente entre un déclenchement et le rappel de l’abonné, pour qu’un téléphone qui vient de recevoir 486 Busy soit de nouveau libre.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>More tries of the subscriber&apos;s leg when busy or not answered.</source>
        <translation>Tentatives supplémentaires de la branche abonné si occupé ou sans réponse.</translation>
    </message>
    <message>
        <source>Retry delay (ms)</source>
        <translation>Délai entre tentatives (ms)</translation>
    </message>
    <message>
        <source>The wait between tries of the subscriber&apos;s leg.</source>
        <translation>L’attente entre les tentatives de la branche abonné.</translation>
    </message>
    <message>
        <source>Answer timeout (s)</source>
        <translation>Délai de réponse (s)</translation>
    </message>
    <message>
        <source>The subscriber&apos;s phone rings this long at one gateway before it counts as not answered; 0: no limit.</source>
        <translation>Le téléphone de l’abonné sonne pendant cette durée sur une passerelle avant d’être compté sans réponse&#xa0;; 0&#xa0;: sans limite.</translation>
    </message>
    <message>
        <source>IVR allowance (s)</source>
        <translation>Crédit SVI (s)</translation>
    </message>
    <message>
        <source>Time of the subscriber&apos;s leg held in credit before the destination is known.</source>
        <translation>Durée de la branche abonné réservée sur le crédit avant que la destination soit connue.</translation>
    </message>
    <message>
        <source>Ring allowance (s)</source>
        <translation>Crédit sonnerie (s)</translation>
    </message>
    <message>
        <source>Time of the subscriber&apos;s leg held in credit for the destination&apos;s ringing.</source>
        <translation>Durée de la branche abonné réservée sur le crédit pendant la sonnerie de la destination.</translation>
    </message>
    <message>
        <source>Warning before the limit (s)</source>
        <translation>Avertissement avant limite (s)</translation>
    </message>
    <message>
        <source>A warning tone plays this long before the credit runs out.</source>
        <translation>Une tonalité d’avertissement retentit cette durée avant l’épuisement du crédit.</translation>
    </message>
    <message>
        <source>Longest call (s)</source>
        <translation>Appel le plus long (s)</translation>
    </message>
    <message>
        <source>Talk time cap even with unlimited credit.</source>
        <translation>Plafond de durée de conversation, même avec un crédit illimité.</translation>
    </message>
    <message>
        <source>Announce the time left</source>
        <translation>Annoncer le temps restant</translation>
    </message>
    <message>
        <source>on: while the destination rings, the subscriber hears &quot;you can talk for N minutes&quot;, what their credit buys (not when the longest call comes first).</source>
        <translation>on&#xa0;: pendant la sonnerie de la destination, l’abonné entend «&#xa0;vous pouvez parler N minutes&#xa0;», ce que permet son crédit (pas quand l’appel le plus long est atteint en premier).</translation>
    </message>
    <message>
        <source>Announce the last minute</source>
        <translation>Annoncer la dernière minute</translation>
    </message>
    <message>
        <source>on: a minute before the limit the subscriber hears &quot;your call will end in one minute&quot;, after the warning tone when that sounds then too.</source>
        <translation>on&#xa0;: une minute avant la limite, l’abonné entend «&#xa0;votre appel se terminera dans une minute&#xa0;», après la tonalité d’avertissement si elle retentit aussi à ce moment.</translation>
    </message>
    <message>
        <source>Anti-repeat (s)</source>
        <translation>Anti-répétition (s)</translation>
    </message>
    <message>
        <source>A second request for the same subscriber within this time is ignored.</source>
        <translation>Une deuxième demande pour le même abonné dans ce délai est ignorée.</translation>
    </message>
    <message>
        <source>Rate limits and lock-outs</source>
        <translation>Limites de débit et verrouillages</translation>
    </message>
    <message>
        <source>SIP requests per second</source>
        <translation>Requêtes SIP par seconde</translation>
    </message>
    <message>
        <source>Per source address, for every source but trusted gateways.</source>
        <translation>Par adresse source, pour toutes les sources sauf les passerelles de confiance.</translation>
    </message>
    <message>
        <source>SIP burst</source>
        <translation>Rafale SIP</translation>
    </message>
    <message>
        <source>Requests a source may send at once before the rate applies.</source>
        <translation>Requêtes qu’une source peut envoyer d’un coup avant que le débit s’applique.</translation>
    </message>
    <message>
        <source>twice the rate</source>
        <translation>deux fois le débit</translation>
    </message>
    <message>
        <source>Trusted gateway requests per second</source>
        <translation>Requêtes/s passerelle de confiance</translation>
    </message>
    <message>
        <source>Per trusted gateway: high, but a looping carrier cannot flood the switch.</source>
        <translation>Par passerelle de confiance&#xa0;: élevé, mais un opérateur qui boucle ne peut pas inonder le commutateur.</translation>
    </message>
    <message>
        <source>Trusted gateway burst</source>
        <translation>Rafale passerelle de confiance</translation>
    </message>
    <message>
        <source>Requests a trusted gateway may send at once.</source>
        <translation>Requêtes qu’une passerelle de confiance peut envoyer d’un coup.</translation>
    </message>
    <message>
        <source>Portal requests per second</source>
        <translation>Requêtes portail par seconde</translation>
    </message>
    <message>
        <source>Per client address.</source>
        <translation>Par adresse client.</translation>
    </message>
    <message>
        <source>Portal burst</source>
        <translation>Rafale portail</translation>
    </message>
    <message>
        <source>Requests a client may send at once.</source>
        <translation>Requêtes qu’un client peut envoyer d’un coup.</translation>
    </message>
    <message>
        <source>SMS endpoint requests per second</source>
        <translation>Requêtes SMS HTTP par seconde</translation>
    </message>
    <message>
        <source>Per client address, on the HTTP SMS endpoint.</source>
        <translation>Par adresse client, sur le point d’accès SMS HTTP.</translation>
    </message>
    <message>
        <source>SMS endpoint burst</source>
        <translation>Rafale SMS HTTP</translation>
    </message>
    <message>
        <source>Requests at once.</source>
        <translation>Requêtes d’un coup.</translation>
    </message>
    <message>
        <source>API requests per second</source>
        <translation>Requêtes API par seconde</translation>
    </message>
    <message>
        <source>API burst</source>
        <translation>Rafale API</translation>
    </message>
    <message>
        <source>Card PIN failures</source>
        <translation>Échecs de PIN de carte</translation>
    </message>
    <message>
        <source>Wrong card PINs (and IVR PINs) allowed from one source before it is locked out.</source>
        <translation>PIN de carte erronés (et PIN SVI) admis depuis une source avant son verrouillage.</translation>
    </message>
    <message>
        <source>Card failure window (min)</source>
        <translation>Fenêtre échecs carte (min)</translation>
    </message>
    <message>
        <source>The window wrong card PINs are counted in.</source>
        <translation>La fenêtre dans laquelle les PIN de carte erronés sont comptés.</translation>
    </message>
    <message>
        <source>Card lock-out (min)</source>
        <translation>Verrouillage carte (min)</translation>
    </message>
    <message>
        <source>How long a source that guessed PINs stays locked out.</source>
        <translation>Durée pendant laquelle une source qui a deviné des PIN reste verrouillée.</translation>
    </message>
    <message>
        <source>SMS failures</source>
        <translation>Échecs SMS</translation>
    </message>
    <message>
        <source>SMS texts with an unknown account code or a wrong PIN allowed from one sender (and against one account code) before it is locked out.</source>
        <translation>SMS avec un code de compte inconnu ou un PIN erroné admis depuis un expéditeur (et contre un code de compte) avant son verrouillage.</translation>
    </message>
    <message>
        <source>SMS failure window (min)</source>
        <translation>Fenêtre échecs SMS (min)</translation>
    </message>
    <message>
        <source>The window SMS failures are counted in.</source>
        <translation>La fenêtre dans laquelle les échecs SMS sont comptés.</translation>
    </message>
    <message>
        <source>SMS lock-out (min)</source>
        <translation>Verrouillage SMS (min)</translation>
    </message>
    <message>
        <source>How long a sender that guessed stays locked out.</source>
        <translation>Durée pendant laquelle un expéditeur qui a deviné reste verrouillé.</translation>
    </message>
    <message>
        <source>Card expiry check (s)</source>
        <translation>Contrôle expiration cartes (s)</translation>
    </message>
    <message>
        <source>How often expired cards are closed.</source>
        <translation>Fréquence de clôture des cartes expirées.</translation>
    </message>
    <message>
        <source>Fraud alarms</source>
        <translation>Alarmes de fraude</translation>
    </message>
    <message>
        <source>Callbacks per hour</source>
        <translation>Rappels par heure</translation>
    </message>
    <message>
        <source>An account requesting more callbacks than this in an hour raises an alarm.</source>
        <translation>Un compte qui demande plus de rappels que ceci en une heure déclenche une alarme.</translation>
    </message>
    <message>
        <source>Spend per hour (account)</source>
        <translation>Dépense par heure (compte)</translation>
    </message>
    <message>
        <source>An account spending more than this in an hour raises an alarm; 0: no alarm.</source>
        <translation>Un compte qui dépense plus que ceci en une heure déclenche une alarme&#xa0;; 0&#xa0;: pas d’alarme.</translation>
    </message>
    <message>
        <source>Spend per hour (all)</source>
        <translation>Dépense par heure (total)</translation>
    </message>
    <message>
        <source>All subscribers together spending more than this in an hour raise an alarm; 0: no alarm.</source>
        <translation>L’ensemble des abonnés dépensant plus que ceci en une heure déclenche une alarme&#xa0;; 0&#xa0;: pas d’alarme.</translation>
    </message>
    <message>
        <source>Premium price per minute</source>
        <translation>Prix surtaxé par minute</translation>
    </message>
    <message>
        <source>A call to a destination priced above this raises an alarm; 0: no alarm.</source>
        <translation>Un appel vers une destination tarifée au-dessus de ceci déclenche une alarme&#xa0;; 0&#xa0;: pas d’alarme.</translation>
    </message>
    <message>
        <source>Lowest gateway ASR (%)</source>
        <translation>ASR minimal passerelle (%)</translation>
    </message>
    <message>
        <source>A gateway answering fewer of its attempts than this raises an alarm.</source>
        <translation>Une passerelle qui répond à moins de tentatives que ceci déclenche une alarme.</translation>
    </message>
    <message>
        <source>ASR after attempts</source>
        <translation>ASR après tentatives</translation>
    </message>
    <message>
        <source>The ASR alarm needs at least this many attempts in the hour.</source>
        <translation>L’alarme ASR exige au moins ce nombre de tentatives dans l’heure.</translation>
    </message>
    <message>
        <source>Suspend on alarm</source>
        <translation>Suspendre sur alarme</translation>
    </message>
    <message>
        <source>on: an account that raises an alarm is suspended at once.</source>
        <translation>on&#xa0;: un compte qui déclenche une alarme est suspendu aussitôt.</translation>
    </message>
    <message>
        <source>Check every (s)</source>
        <translation>Vérifier toutes les (s)</translation>
    </message>
    <message>
        <source>How often the fraud checks run.</source>
        <translation>Fréquence d’exécution des contrôles de fraude.</translation>
    </message>
    <message>
        <source>Backups and retention</source>
        <translation>Sauvegardes et conservation</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>on: the running switch writes a copy of the database once a day, rebound-YYYY-MM-DD.sqlite, with the card PIN key beside it.</source>
        <translation>on&#xa0;: le commutateur en marche écrit une copie de la base de données une fois par jour, rebound-YYYY-MM-DD.sqlite, avec la clé des PIN de carte à côté.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Where daily copies go, best on another disk; a relative path is read from the database&apos;s folder.</source>
        <translation>Où vont les copies quotidiennes, de préférence sur un autre disque&#xa0;; un chemin relatif part du dossier de la base de données.</translation>
    </message>
    <message>
        <source>DATABASE-backups beside the database</source>
        <translation>DATABASE-backups à côté de la base</translation>
    </message>
    <message>
        <source>Daily copies kept</source>
        <translation>Copies quotidiennes gardées</translation>
    </message>
    <message>
        <source>The oldest daily copies beyond this many are deleted.</source>
        <translation>Les copies quotidiennes les plus anciennes au-delà de ce nombre sont supprimées.</translation>
    </message>
    <message>
        <source>Audit log kept (days)</source>
        <translation>Journal d’audit gardé (jours)</translation>
    </message>
    <message>
        <source>Older audit entries are deleted; 0 keeps them for ever.</source>
        <translation>Les entrées d’audit plus anciennes sont supprimées&#xa0;; 0 les garde pour toujours.</translation>
    </message>
    <message>
        <source>Card attempts kept (days)</source>
        <translation>Tentatives carte gardées (jours)</translation>
    </message>
    <message>
        <source>Older card redemption attempts are deleted; 0 keeps them for ever.</source>
        <translation>Les tentatives d’utilisation de carte plus anciennes sont supprimées&#xa0;; 0 les garde pour toujours.</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>La langue du système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the console, and how it writes numbers, dates and money. system: the language of this computer&apos;s locale when Rebound speaks it, otherwise English.</source>
        <translation>La langue de la console, et sa façon d’écrire les nombres, les dates et les montants. system&#xa0;: la langue des paramètres régionaux de cet ordinateur si Rebound la parle, sinon l’anglais.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code.</source>
        <translation>%1 n’est pas un code de devise ISO 4217.</translation>
    </message>
</context>
<context>
    <name>rebound::settings::SettingsService</name>
    <message>
        <source>%1 is made by &apos;rebound-switch sms-http secret&apos;.</source>
        <translation>%1 est créé par &apos;rebound-switch sms-http secret&apos;.</translation>
    </message>
    <message>
        <source>%1 is created by the switch and cannot be set.</source>
        <translation>%1 est créé par le commutateur et ne peut pas être défini.</translation>
    </message>
    <message>
        <source>There is no setting called %1; &apos;settings list&apos; shows them.</source>
        <translation>Il n’y a pas de paramètre nommé %1 ; &apos;settings list&apos; les affiche.</translation>
    </message>
    <message>
        <source>The highest RTP port must be above the lowest one.</source>
        <translation>Le port RTP maximal doit être au-dessus du minimal.</translation>
    </message>
    <message>
        <source>HTTPS needs both the TLS certificate and its key; set both or neither.</source>
        <translation>HTTPS exige à la fois le certificat TLS et sa clé ; définissez les deux ou aucun.</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate.</source>
        <translation>%1 n’est pas un certificat PEM.</translation>
    </message>
    <message>
        <source>%1 is not a PEM private key.</source>
        <translation>%1 n’est pas une clé privée PEM.</translation>
    </message>
</context>
<context>
    <name>rebound::sip::SipStack</name>
    <message>
        <source>the other side hung up</source>
        <translation>l’autre côté a raccroché</translation>
    </message>
    <message>
        <source>hung up</source>
        <translation>raccroché</translation>
    </message>
    <message>
        <source>The SIP stack is already running.</source>
        <translation>La pile SIP tourne déjà.</translation>
    </message>
    <message>
        <source>The SIP stack needs Qt&apos;s GLib event dispatcher (the default on Debian); it is not in use here. Unset QT_NO_GLIB.</source>
        <translation>La pile SIP exige le répartiteur d’événements GLib de Qt (par défaut sous Debian) ; il n’est pas utilisé ici. Retirez QT_NO_GLIB.</translation>
    </message>
    <message>
        <source>Cannot create the SIP event root.</source>
        <translation>Impossible de créer la racine d’événements SIP.</translation>
    </message>
    <message>
        <source>Cannot listen for SIP on %1:%2.</source>
        <translation>Impossible d’écouter en SIP sur %1:%2.</translation>
    </message>
    <message>
        <source>Cannot listen for SIP on %1:%2: %3.</source>
        <translation>Impossible d’écouter en SIP sur %1:%2 : %3.</translation>
    </message>
    <message>
        <source>SIP listening on %1:%2 (%3)</source>
        <translation>SIP à l’écoute sur %1:%2 (%3)</translation>
    </message>
    <message>
        <source>Contact, Via and From name the public address %1</source>
        <translation>Contact, Via et From indiquent l’adresse publique %1</translation>
    </message>
    <message>
        <source>MESSAGE to %1: %2</source>
        <translation>MESSAGE vers %1 : %2</translation>
    </message>
    <message>
        <source>SIP is not running</source>
        <translation>SIP n’est pas en marche</translation>
    </message>
    <message>
        <source>cannot create a request</source>
        <translation>impossible de créer une requête</translation>
    </message>
    <message>
        <source>OPTIONS to %1</source>
        <translation>OPTIONS vers %1</translation>
    </message>
    <message>
        <source>cannot create a call</source>
        <translation>impossible de créer un appel</translation>
    </message>
    <message>
        <source>INVITE %1 (leg %2)</source>
        <translation>INVITE %1 (branche %2)</translation>
    </message>
    <message>
        <source>leg %1: re-INVITE refused: %2 %3</source>
        <translation>branche %1 : re-INVITE refusé : %2 %3</translation>
    </message>
    <message>
        <source>leg %1: %2 challenge answered</source>
        <translation>branche %1 : défi %2 relevé</translation>
    </message>
    <message>
        <source>leg %1: challenged for realm %2, but our credentials are for %3</source>
        <translation>branche %1 : défi pour le domaine %2, mais nos identifiants sont pour %3</translation>
    </message>
    <message>
        <source>leg %1 answered after it was given up; hanging up</source>
        <translation>branche %1 décrochée après abandon ; raccrochage</translation>
    </message>
    <message>
        <source>leg %1 answered</source>
        <translation>branche %1 décrochée</translation>
    </message>
    <message>
        <source>leg %1 failed: %2 %3</source>
        <translation>branche %1 en échec : %2 %3</translation>
    </message>
    <message>
        <source>leg %1: new offer answered %2</source>
        <translation>branche %1 : nouvelle offre, réponse %2</translation>
    </message>
    <message>
        <source>leg %1: re-INVITE sent</source>
        <translation>branche %1 : re-INVITE envoyé</translation>
    </message>
    <message>
        <source>call ended</source>
        <translation>appel terminé</translation>
    </message>
    <message>
        <source>MESSAGE reply not delivered: %1 %2</source>
        <translation>Réponse au MESSAGE non délivrée : %1 %2</translation>
    </message>
    <message>
        <source>OPTIONS answered %1 %2 in %3 ms</source>
        <translation>OPTIONS : réponse %1 %2 en %3 ms</translation>
    </message>
    <message>
        <source>SIP stopped after waiting for calls that did not end</source>
        <translation>SIP arrêté après avoir attendu des appels qui ne se terminaient pas</translation>
    </message>
    <message>
        <source>SIP stopped</source>
        <translation>SIP arrêté</translation>
    </message>
</context>
<context>
    <name>rebound::testphones::TestCallRunner</name>
    <message>
        <source>Phone A hangs up</source>
        <translation>Le téléphone A raccroche</translation>
    </message>
    <message>
        <source>Test phones on %1:%2, reached through the test carrier &quot;%3&quot;</source>
        <translation>Téléphones de test sur %1:%2, joints via l’opérateur de test « %3 »</translation>
    </message>
    <message>
        <source>Phone A is %1 (subscriber %2&apos;s callback number); phone B is %3</source>
        <translation>Le téléphone A est le %1 (numéro de rappel de l’abonné %2) ; le téléphone B est le %3</translation>
    </message>
    <message>
        <source>Callback #%1 requested (a test call)</source>
        <translation>Rappel n° %1 demandé (un appel de test)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Phone A</source>
        <translation>Téléphone A</translation>
    </message>
    <message>
        <source>Phone B</source>
        <translation>Téléphone B</translation>
    </message>
    <message>
        <source>%1 rings, caller ID %2</source>
        <translation>%1 sonne, numéro appelant %2</translation>
    </message>
    <message>
        <source>Phone A answers</source>
        <translation>Le téléphone A décroche</translation>
    </message>
    <message>
        <source>Phone B answers</source>
        <translation>Le téléphone B décroche</translation>
    </message>
    <message>
        <source>The DID answered %1 %2: the trigger call costs nothing</source>
        <translation>Le DID a répondu %1 %2 : l’appel déclencheur ne coûte rien</translation>
    </message>
    <message>
        <source>A DID trigger should be answered 486 Busy Here.</source>
        <translation>Un déclenchement DID devrait recevoir la réponse 486 Busy Here.</translation>
    </message>
    <message>
        <source>The switch took the SMS: %1</source>
        <translation>Le commutateur a pris le SMS : %1</translation>
    </message>
    <message>
        <source>The switch refused the SMS.</source>
        <translation>Le commutateur a refusé le SMS.</translation>
    </message>
    <message>
        <source>SMS reply to phone A: &quot;%1&quot;</source>
        <translation>Réponse SMS au téléphone A : « %1 »</translation>
    </message>
    <message>
        <source>Phone A rings DID %1</source>
        <translation>Le téléphone A appelle le DID %1</translation>
    </message>
    <message>
        <source>Phone A texts &quot;%1&quot; to the switch</source>
        <translation>Le téléphone A envoie « %1 » par SMS au commutateur</translation>
    </message>
    <message>
        <source>A web callback to %1</source>
        <translation>Un rappel web vers %1</translation>
    </message>
    <message>
        <source>An API callback to %1</source>
        <translation>Un rappel API vers %1</translation>
    </message>
    <message>
        <source>The IVR asks for the destination; phone A keys %1</source>
        <translation>Le SVI demande la destination ; le téléphone A compose %1</translation>
    </message>
    <message>
        <source>The switch calls the destination</source>
        <translation>Le commutateur appelle la destination</translation>
    </message>
    <message>
        <source>Callback #%1 %2</source>
        <translation>Rappel n° %1 : %2</translation>
    </message>
    <message>
        <source>Phones A and B are connected: talking for %1 s</source>
        <translation>Les téléphones A et B sont connectés : conversation de %1 s</translation>
    </message>
</context>
<context>
    <name>rebound::testphones::TestPhones</name>
    <message>
        <source>The test phones need Qt&apos;s GLib event dispatcher; unset QT_NO_GLIB.</source>
        <translation>Les téléphones de test exigent le répartiteur d’événements GLib de Qt ; retirez QT_NO_GLIB.</translation>
    </message>
    <message>
        <source>Cannot create the test phones&apos; SIP event root.</source>
        <translation>Impossible de créer la racine d’événements SIP des téléphones de test.</translation>
    </message>
    <message>
        <source>The test phones cannot listen for SIP on %1.</source>
        <translation>Les téléphones de test ne peuvent pas écouter en SIP sur %1.</translation>
    </message>
    <message>
        <source>Test phones listening on %1:%2</source>
        <translation>Téléphones de test à l’écoute sur %1:%2</translation>
    </message>
    <message>
        <source>Test phone: no RTP port: %1</source>
        <translation>Téléphone de test : pas de port RTP : %1</translation>
    </message>
    <message>
        <source>Test phone %1: unusable SDP: %2</source>
        <translation>Téléphone de test %1 : SDP inutilisable : %2</translation>
    </message>
    <message>
        <source>Test phone %1 calls %2</source>
        <translation>Le téléphone de test %1 appelle %2</translation>
    </message>
    <message>
        <source>Test phone SMS to %1: %2</source>
        <translation>SMS du téléphone de test vers %1 : %2</translation>
    </message>
    <message>
        <source>Test phones: INVITE for %1, which is neither phone: 404</source>
        <translation>Téléphones de test : INVITE pour %1, qui n’est aucun des deux téléphones : 404</translation>
    </message>
    <message>
        <source>Test phone %1: call refused: %2 %3</source>
        <translation>Téléphone de test %1 : appel refusé : %2 %3</translation>
    </message>
    <message>
        <source>Test phones stopped</source>
        <translation>Téléphones de test arrêtés</translation>
    </message>
</context>
<context>
    <name>rebound::web::WebServer</name>
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
