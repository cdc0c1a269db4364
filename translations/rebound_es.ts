<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>(column %1 has no name)</source>
        <translation>(la columna %1 no tiene nombre)</translation>
    </message>
    <message>
        <source>columns %1 and %2 both give %3; keep only one</source>
        <translation>las columnas %1 y %2 dan ambas %3; conserve solo una</translation>
    </message>
    <message>
        <source>the columns must be separated by commas; save the file as &quot;CSV UTF-8 (comma delimited)&quot;</source>
        <translation>las columnas deben separarse con comas; guarde el archivo como &quot;CSV UTF-8 (delimitado por comas)&quot;</translation>
    </message>
    <message>
        <source>unknown columns %1; the first line must name the columns, from: %2</source>
        <translation>columnas desconocidas %1; la primera línea debe nombrar las columnas, de entre: %2</translation>
    </message>
    <message>
        <source>the header has no account_code column, which is required</source>
        <translation>la cabecera no tiene la columna account_code, que es obligatoria</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>El archivo ocupa más de %1 MB; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>This is not a CSV text file: it holds binary data (or UTF-16 text). Save the subscribers as CSV UTF-8, comma separated, and import that.</source>
        <translation>Esto no es un archivo de texto CSV: contiene datos binarios (o texto UTF-16). Guarde los abonados como CSV UTF-8, separado por comas, e importe eso.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>el texto no es UTF-8 válido; guarde el archivo como UTF-8 (&quot;CSV UTF-8&quot; en Excel)</translation>
    </message>
    <message>
        <source>a quoted field is not closed (a &apos;&quot;&apos; is missing)</source>
        <translation>un campo entre comillas no está cerrado (falta un &apos;&quot;&apos;)</translation>
    </message>
    <message>
        <source>The file is empty; its first line must name the columns, such as account_code,name,callback_number.</source>
        <translation>El archivo está vacío; su primera línea debe nombrar las columnas, como account_code,name,callback_number.</translation>
    </message>
    <message>
        <source>No subscribers found: the file has only the header line.</source>
        <translation>No se encontraron abonados: el archivo solo tiene la línea de cabecera.</translation>
    </message>
    <message>
        <source>The file has %1 subscribers; at most %2 can be imported at once. Split it into smaller files.</source>
        <translation>El archivo tiene %1 abonados; como máximo se pueden importar %2 a la vez. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>%1 values, but the header names %2 columns; quote a value that holds a comma</source>
        <translation>%1 valores, pero la cabecera nombra %2 columnas; ponga entre comillas un valor que contenga una coma</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>línea %1, %2: %3</translation>
    </message>
    <message>
        <source>… and %1 more problems; fix these and import again to see them.</source>
        <translation>… y %1 problemas más; corrija estos e importe de nuevo para verlos.</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>listing subscribers</source>
        <translation>listando abonados</translation>
    </message>
    <message>
        <source>reading a subscriber</source>
        <translation>leyendo un abonado</translation>
    </message>
    <message>
        <source>reading callback numbers</source>
        <translation>leyendo números de callback</translation>
    </message>
    <message>
        <source>removing a callback number of subscriber #%1</source>
        <translation>quitando un número de callback del abonado #%1</translation>
    </message>
    <message>
        <source>counting subscribers</source>
        <translation>contando abonados</translation>
    </message>
    <message>
        <source>adding subscriber %1</source>
        <translation>añadiendo el abonado %1</translation>
    </message>
    <message>
        <source>saving subscriber %1</source>
        <translation>guardando el abonado %1</translation>
    </message>
    <message>
        <source>Subscriber #%1 does not exist.</source>
        <translation>El abonado #%1 no existe.</translation>
    </message>
    <message>
        <source>deleting subscriber #%1</source>
        <translation>borrando el abonado #%1</translation>
    </message>
    <message>
        <source>saving the callback number of subscriber #%1</source>
        <translation>guardando el número de callback del abonado #%1</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>Enter an account code (3 to 12 digits).</source>
        <translation>Introduzca un código de cuenta (de 3 a 12 dígitos).</translation>
    </message>
    <message>
        <source>The account code must be 3 to 12 digits, because subscribers type it on a phone keypad and in SMS.</source>
        <translation>El código de cuenta debe tener de 3 a 12 dígitos, porque los abonados lo teclean en el teléfono y en SMS.</translation>
    </message>
    <message>
        <source>Account code %1 is already used by another subscriber.</source>
        <translation>El código de cuenta %1 ya lo usa otro abonado.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>El nombre tiene más de 100 caracteres.</translation>
    </message>
    <message>
        <source>The member id must be 3 to 64 letters, digits or . _ @ -.</source>
        <translation>El id de socio debe tener de 3 a 64 letras, dígitos o . _ @ -.</translation>
    </message>
    <message>
        <source>Member id %1 is already used by another subscriber.</source>
        <translation>El id de socio %1 ya lo usa otro abonado.</translation>
    </message>
    <message>
        <source>Set a password so the subscriber can log in with the member id.</source>
        <translation>Defina una contraseña para que el abonado pueda entrar con el id de socio.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>La contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Either set a new PIN or remove the PIN, not both.</source>
        <translation>Defina un PIN nuevo o quite el PIN, no ambas cosas.</translation>
    </message>
    <message>
        <source>The PIN must be 6 to 12 digits, because subscribers key it on a phone keypad and write it in SMS.</source>
        <translation>El PIN debe tener de 6 a 12 dígitos, porque los abonados lo teclean en el teléfono y lo escriben en SMS.</translation>
    </message>
    <message>
        <source>The PIN must not be the account code.</source>
        <translation>El PIN no puede ser el código de cuenta.</translation>
    </message>
    <message>
        <source>DID callers must be registered (only the subscriber&apos;s registered phones may trigger a callback by ringing a DID) or any.</source>
        <translation>Los llamantes de DID deben ser registered (solo los teléfonos registrados del abonado pueden disparar un callback llamando a un DID) o any.</translation>
    </message>
    <message>
        <source>Callback number: %1</source>
        <translation>Número de callback: %1</translation>
    </message>
    <message>
        <source>A new subscriber has no registered phones to remove.</source>
        <translation>Un abonado nuevo no tiene teléfonos registrados que quitar.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code; use a code such as en, de or es.</source>
        <translation>&apos;%1&apos; no es un código de idioma; use un código como en, de o es.</translation>
    </message>
    <message>
        <source>Credit limit: %1</source>
        <translation>Límite de crédito: %1</translation>
    </message>
    <message>
        <source>The credit limit cannot be negative; 0 means prepaid only.</source>
        <translation>El límite de crédito no puede ser negativo; 0 significa solo prepago.</translation>
    </message>
    <message>
        <source>Concurrent calls must be a whole number from 0 to %1.</source>
        <translation>Las llamadas simultáneas deben ser un número entero de 0 a %1.</translation>
    </message>
    <message>
        <source>An opening balance is only for a new subscriber; adjust the balance of an existing one instead.</source>
        <translation>Un saldo inicial es solo para un abonado nuevo; ajuste el saldo de uno existente.</translation>
    </message>
    <message>
        <source>Opening balance: %1</source>
        <translation>Saldo inicial: %1</translation>
    </message>
    <message>
        <source>Status must be active, suspended or closed.</source>
        <translation>El estado debe ser active, suspended o closed.</translation>
    </message>
    <message>
        <source>There is no rate table called &apos;%1&apos;.</source>
        <translation>No hay ninguna tabla de tarifas llamada &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a buy table; choose a sell plan.</source>
        <translation>&apos;%1&apos; es una tabla de compra; elija un plan de venta.</translation>
    </message>
    <message>
        <source>Account code %1 is also on line %2.</source>
        <translation>El código de cuenta %1 también está en la línea %2.</translation>
    </message>
    <message>
        <source>Member id %1 is also on line %2.</source>
        <translation>El id de socio %1 también está en la línea %2.</translation>
    </message>
    <message>
        <source>Subscriber #%1 does not exist.</source>
        <translation>El abonado #%1 no existe.</translation>
    </message>
    <message>
        <source>Subscriber %1 has balance history and cannot be deleted; set the status to Closed instead.</source>
        <translation>El abonado %1 tiene historial de saldo y no se puede borrar; ponga el estado en Cerrado.</translation>
    </message>
    <message>
        <source>%1 is not a registered phone of subscriber %2.</source>
        <translation>%1 no es un teléfono registrado del abonado %2.</translation>
    </message>
    <message>
        <source>%1 is the callback number, so it cannot be removed; change or clear the callback number first.</source>
        <translation>%1 es el número de callback, así que no se puede quitar; cambie o borre antes el número de callback.</translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>portal password</source>
        <translation>contraseña del portal</translation>
    </message>
    <message>
        <source>IVR and SMS PIN (6-12 digits)</source>
        <translation>PIN de IVR y SMS (6-12 dígitos)</translation>
    </message>
    <message>
        <source>Remove the subscriber&apos;s PIN.</source>
        <translation>Quitar el PIN del abonado.</translation>
    </message>
    <message>
        <source>Who may trigger a callback by ringing the subscriber&apos;s DIDs: registered (only the registered phones; the default) or any.</source>
        <translation>Quién puede disparar un callback llamando a los DID del abonado: registered (solo los teléfonos registrados; por defecto) o any.</translation>
    </message>
    <message>
        <source>Account code: 3-12 digits.</source>
        <translation>Código de cuenta: 3-12 dígitos.</translation>
    </message>
    <message>
        <source>Subscriber name.</source>
        <translation>Nombre del abonado.</translation>
    </message>
    <message>
        <source>Web portal login.</source>
        <translation>Acceso al portal web.</translation>
    </message>
    <message>
        <source>Callback number, as a person would write it.</source>
        <translation>Número de callback, tal como lo escribiría una persona.</translation>
    </message>
    <message>
        <source>Language code (en, de, es, ...).</source>
        <translation>Código de idioma (en, de, es, ...).</translation>
    </message>
    <message>
        <source>How far below zero the balance may go.</source>
        <translation>Cuánto puede bajar el saldo por debajo de cero.</translation>
    </message>
    <message>
        <source>Maximum concurrent calls.</source>
        <translation>Máximo de llamadas simultáneas.</translation>
    </message>
    <message>
        <source>active, suspended or closed.</source>
        <translation>active, suspended o closed.</translation>
    </message>
    <message>
        <source>Sell plan the subscriber pays by; empty for none.</source>
        <translation>Plan de venta con el que paga el abonado; vacío para ninguno.</translation>
    </message>
    <message>
        <source>Free-text notes.</source>
        <translation>Notas de texto libre.</translation>
    </message>
    <message>
        <source>Account code:</source>
        <translation>Código de cuenta:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Member id:</source>
        <translation>Id de socio:</translation>
    </message>
    <message>
        <source>(no portal login)</source>
        <translation>(sin acceso al portal)</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>set</source>
        <translation>definida</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Callback:</source>
        <translation>Callback:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Teléfonos:</translation>
    </message>
    <message>
        <source>(none registered)</source>
        <translation>(ninguno registrado)</translation>
    </message>
    <message>
        <source>DID callers:</source>
        <translation>Llamantes DID:</translation>
    </message>
    <message>
        <source>any caller</source>
        <translation>cualquier llamante</translation>
    </message>
    <message>
        <source>registered phones only (none registered yet: any caller)</source>
        <translation>solo teléfonos registrados (aún ninguno: cualquier llamante)</translation>
    </message>
    <message>
        <source>registered phones only</source>
        <translation>solo teléfonos registrados</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <source>Credit limit:</source>
        <translation>Límite de crédito:</translation>
    </message>
    <message>
        <source>Max calls:</source>
        <translation>Máx. llamadas:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Sell plan:</source>
        <translation>Plan de venta:</translation>
    </message>
    <message>
        <source>(none: calls are refused)</source>
        <translation>(ninguno: se rechazan las llamadas)</translation>
    </message>
    <message>
        <source>Demo:</source>
        <translation>Demo:</translation>
    </message>
    <message>
        <source>yes (created with the demo data)</source>
        <translation>sí (creado con los datos de demostración)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>MEMBER ID</source>
        <translation>ID DE SOCIO</translation>
    </message>
    <message>
        <source>CALLBACK</source>
        <translation>CALLBACK</translation>
    </message>
    <message>
        <source>BALANCE</source>
        <translation>SALDO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>Subscriber %1 has no registered phones.</source>
        <translation>El abonado %1 no tiene teléfonos registrados.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <source>REGISTERED (UTC)</source>
        <translation>REGISTRADO (UTC)</translation>
    </message>
    <message>
        <source>callback number</source>
        <translation>número de callback</translation>
    </message>
    <message>
        <source>Removed %1 from the registered phones of subscriber %2: it can no longer ask for callbacks by SMS without the PIN or ring the subscriber&apos;s DIDs.</source>
        <translation>Se quitó %1 de los teléfonos registrados del abonado %2: ya no puede pedir callbacks por SMS sin el PIN ni llamar a los DID del abonado.</translation>
    </message>
    <message>
        <source>--pin-stdin: standard input already holds the password; give the PIN with --pin-file FILE.</source>
        <translation>--pin-stdin: la entrada estándar ya contiene la contraseña; dé el PIN con --pin-file FILE.</translation>
    </message>
    <message>
        <source>Amount to add; negative to take away.</source>
        <translation>Importe que añadir; negativo para restar.</translation>
    </message>
    <message>
        <source>topup, adjustment (default) or refund.</source>
        <translation>topup, adjustment (por defecto) o refund.</translation>
    </message>
    <message>
        <source>Why: kept in the ledger and the audit log.</source>
        <translation>Motivo: se guarda en el libro de saldo y en la auditoría.</translation>
    </message>
    <message>
        <source>accounts adjust needs --amount (negative to take money away).</source>
        <translation>accounts adjust necesita --amount (negativo para restar dinero).</translation>
    </message>
    <message>
        <source>--amount: an adjustment of zero changes nothing.</source>
        <translation>--amount: un ajuste de cero no cambia nada.</translation>
    </message>
    <message>
        <source>--reason must be topup, adjustment or refund.</source>
        <translation>--reason debe ser topup, adjustment o refund.</translation>
    </message>
    <message>
        <source>Subscriber %1: %2, balance now %3.</source>
        <translation>Abonado %1: %2, saldo ahora %3.</translation>
    </message>
    <message>
        <source>Check the file and report; import nothing.</source>
        <translation>Comprobar el archivo e informar; no importar nada.</translation>
    </message>
    <message>
        <source>Where to write the CSV; - for standard output.</source>
        <translation>Dónde escribir el CSV; - para la salida estándar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>rebound-switch: nothing was imported; problems found: %1.</source>
        <translation>rebound-switch: no se importó nada; problemas encontrados: %1.</translation>
    </message>
    <message>
        <source>%1 subscribers would be imported; nothing was changed (dry run).</source>
        <translation>Se importarían %1 abonados; no se cambió nada (simulación).</translation>
    </message>
    <message>
        <source>%1 subscribers imported.</source>
        <translation>%1 abonados importados.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 subscribers to %2.</source>
        <translation>Se escribieron %1 abonados en %2.</translation>
    </message>
    <message>
        <source>Every balance equals its ledger sum.</source>
        <translation>Cada saldo es igual a la suma de su libro.</translation>
    </message>
    <message>
        <source>rebound-switch: subscriber #%1 shows %2 but its ledger adds up to %3</source>
        <translation>rebound-switch: el abonado #%1 muestra %2 pero su libro suma %3</translation>
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
        <translation>Uso: rebound-switch [--db PATH] [--json] accounts SUBCOMMAND

  list                       todos los abonados
  show CODE                  un abonado
  add --account-code CODE [OPTIONS]
  set CODE [OPTIONS]         cambia solo las opciones dadas
  delete CODE                borra un abonado sin historial de saldo
  adjust CODE --amount AMOUNT [--reason topup|adjustment|refund] [--note TEXT]
                             suma al saldo (o, en negativo, resta de él)
  ledger CODE                cada cambio de saldo, el más reciente primero
  phones CODE                los teléfonos registrados: cada número de callback que tuvo
                             el abonado, que puede enviar SMS sin el PIN y llamar a sus DID
  remove-phone CODE NUMBER   olvida un teléfono registrado (no el número de callback actual)
  check-ledger               demuestra que cada saldo es igual a la suma de su libro
  import FILE [--dry-run]    añade los abonados de un archivo CSV, todo o nada: un archivo
                             con alguna línea errónea no cambia nada y se listan todas
                             las líneas erróneas; --dry-run solo comprueba
  export [--output FILE|-]   todos los abonados en CSV (salida estándar por defecto)

Opciones de add y set:
  --account-code DIGITS  --name TEXT  --member-id ID  --password-stdin | --password-file FILE
  --pin-stdin | --pin-file FILE | --no-pin   el PIN de IVR y SMS, 6-12 dígitos
  --callback NUMBER  --language CODE  --credit-limit AMOUNT  --max-calls N (0 = sin límite)
  --status active|suspended|closed  --plan SELL-PLAN  --notes TEXT
  --did-callers registered|any   quién puede llamar a los DID del abonado (por defecto: solo
                                 los teléfonos registrados, en cuanto el abonado tenga uno)

Los archivos CSV tienen una línea de cabecera que nombra las columnas, en cualquier orden:
account_code (obligatoria), name, member_id, password, pin, callback_number, language,
credit_limit, max_calls, status, sell_plan, did_callers, balance (el saldo inicial, por el
libro), notes. Una celda vacía toma el valor por defecto. password y pin se leen en claro y
se guardan con hash; export nunca los escribe, y escribe el saldo actual como balance.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Run rebound-switch accounts --help.</source>
        <translation>Ejecute rebound-switch accounts --help.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an accounts subcommand; use list, show, add, set, delete, adjust, ledger, check-ledger, phones, remove-phone, import or export.</source>
        <translation>&apos;%1&apos; no es un subcomando de accounts; use list, show, add, set, delete, adjust, ledger, check-ledger, phones, remove-phone, import o export.</translation>
    </message>
    <message>
        <source>accounts import needs exactly one CSV file.</source>
        <translation>accounts import necesita exactamente un archivo CSV.</translation>
    </message>
    <message>
        <source>accounts remove-phone needs an account code and a phone number (see accounts phones CODE).</source>
        <translation>accounts remove-phone necesita un código de cuenta y un número de teléfono (vea accounts phones CODE).</translation>
    </message>
    <message>
        <source>accounts %1 needs exactly one account code.</source>
        <translation>accounts %1 necesita exactamente un código de cuenta.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argumento inesperado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>accounts %1 takes no option --%2.</source>
        <translation>accounts %1 no admite la opción --%2.</translation>
    </message>
    <message>
        <source>There is no subscriber with account code %1.</source>
        <translation>No hay ningún abonado con el código de cuenta %1.</translation>
    </message>
    <message>
        <source>Deleted subscriber %1.</source>
        <translation>Abonado %1 borrado.</translation>
    </message>
</context>
<context>
    <name>Admission</name>
    <message>
        <source>no such subscriber</source>
        <translation>no existe ese abonado</translation>
    </message>
    <message>
        <source>subscriber %1 is not active</source>
        <translation>el abonado %1 no está activo</translation>
    </message>
    <message>
        <source>subscriber %1 has no sell plan</source>
        <translation>el abonado %1 no tiene plan de venta</translation>
    </message>
    <message>
        <source>subscriber %1 has no callback number</source>
        <translation>el abonado %1 no tiene número de callback</translation>
    </message>
    <message>
        <source>the phone to call back and the destination are the same number</source>
        <translation>el teléfono al que devolver la llamada y el destino son el mismo número</translation>
    </message>
    <message>
        <source>request #%1 is still in progress</source>
        <translation>la solicitud #%1 sigue en curso</translation>
    </message>
    <message>
        <source>another request came less than %1 seconds ago</source>
        <translation>llegó otra solicitud hace menos de %1 segundos</translation>
    </message>
    <message numerus="yes">
        <source>subscriber %1 already has %n call(s) in progress</source>
        <translation>
            <numerusform>el abonado %1 ya tiene %n llamada en curso</numerusform>
            <numerusform>el abonado %1 ya tiene %n llamadas en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>the plan of subscriber %1 has no price for calls to %2</source>
        <translation>el plan del abonado %1 no tiene precio para las llamadas a %2</translation>
    </message>
    <message>
        <source>subscriber %1 has no credit left</source>
        <translation>el abonado %1 no tiene crédito</translation>
    </message>
    <message>
        <source>the balance of subscriber %1 is too low for a callback; please top up</source>
        <translation>el saldo del abonado %1 es demasiado bajo para un callback; recargue la cuenta</translation>
    </message>
</context>
<context>
    <name>ApiCommands</name>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADO</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>CADUCA</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ÚLTIMO USO</translation>
    </message>
    <message>
        <source>SUBSCRIBERS</source>
        <translation>ABONADOS</translation>
    </message>
    <message>
        <source>live</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Times are in %1.
</source>
        <translation>Las horas están en %1.
</translation>
    </message>
    <message>
        <source>--expires takes a date such as 2027-06-30 (the token works through that day).</source>
        <translation>--expires admite una fecha como 2027-06-30 (el token funciona hasta ese día incluido).</translation>
    </message>
    <message>
        <source>--expires-days takes a whole number of days, such as 90.</source>
        <translation>--expires-days admite un número entero de días, como 90.</translation>
    </message>
    <message>
        <source>expires %1 (%2)</source>
        <translation>caduca el %1 (%2)</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>no caduca nunca</translation>
    </message>
    <message>
        <source>API token %1 for %2, %3.
The token is shown only now; store it safely:
%4
</source>
        <translation>Token de API %1 para %2, %3.
El token solo se muestra ahora; guárdelo en lugar seguro:
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
        <translation>Uso: rebound-switch api-tokens add NAME [--accounts 1001,1002] [--expires YYYY-MM-DD | --expires-days N]
     rebound-switch api-tokens list | revoke NAME
Tokens para la API JSON bajo /api/v1. add imprime el token nuevo una vez; solo se guarda
su resumen. NAME: letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;. --accounts: los únicos abonados por los
que puede actuar el token (por defecto: todos). --expires: el último día que funciona, en
billing.timezone; --expires-days: deja de funcionar dentro de N días (por defecto: nunca).
</translation>
    </message>
    <message>
        <source>Account codes, comma separated.</source>
        <translation>Códigos de cuenta, separados por comas.</translation>
    </message>
    <message>
        <source>Last day the token works.</source>
        <translation>Último día en que funciona el token.</translation>
    </message>
    <message>
        <source>Days until the token stops working.</source>
        <translation>Días hasta que el token deje de funcionar.</translation>
    </message>
    <message>
        <source>There is no live API token called %1; api-tokens list shows them.</source>
        <translation>No hay ningún token de API vigente llamado %1; api-tokens list los muestra.</translation>
    </message>
    <message>
        <source>Revoked API token %1.
</source>
        <translation>Token de API %1 revocado.
</translation>
    </message>
    <message>
        <source>Usage: rebound-switch sms-http secret | disable | status
The HTTP SMS gateway endpoint (/sms). secret makes a new shared secret, prints it once
and turns the endpoint on (an older secret stops working); disable turns it off.
</source>
        <translation>Uso: rebound-switch sms-http secret | disable | status
El punto de pasarela SMS por HTTP (/sms). secret crea un secreto compartido nuevo, lo imprime
una vez y activa el punto (un secreto anterior deja de funcionar); disable lo desactiva.
</translation>
    </message>
    <message>
        <source>The HTTP SMS endpoint is on.
</source>
        <translation>El punto SMS por HTTP está activado.
</translation>
    </message>
    <message>
        <source>The HTTP SMS endpoint is off.
</source>
        <translation>El punto SMS por HTTP está desactivado.
</translation>
    </message>
    <message>
        <source>HTTP SMS secret (shown only now; give it to the SMS gateway):
%1
</source>
        <translation>Secreto SMS HTTP (solo se muestra ahora; déselo a la pasarela SMS):
%1
</translation>
    </message>
</context>
<context>
    <name>ApiTokenRepository</name>
    <message>
        <source>saving API token %1</source>
        <translation>guardando el token de API %1</translation>
    </message>
    <message>
        <source>reading API tokens</source>
        <translation>leyendo tokens de API</translation>
    </message>
    <message>
        <source>reading the subscribers of API token %1</source>
        <translation>leyendo los abonados del token de API %1</translation>
    </message>
    <message>
        <source>revoking an API token</source>
        <translation>revocando un token de API</translation>
    </message>
    <message>
        <source>noting an API token&apos;s use</source>
        <translation>anotando el uso de un token de API</translation>
    </message>
</context>
<context>
    <name>ApiTokenService</name>
    <message>
        <source>Give an expiry date or a number of days, not both.</source>
        <translation>Indique una fecha de caducidad o un número de días, no ambos.</translation>
    </message>
    <message>
        <source>A token expires after 1 to %1 days.</source>
        <translation>Un token caduca tras 1 a %1 días.</translation>
    </message>
    <message>
        <source>Give the expiry as a date such as 2027-06-30.</source>
        <translation>Indique la caducidad como una fecha, como 2027-06-30.</translation>
    </message>
    <message>
        <source>%1 has passed; choose today or a later day, or no expiry.</source>
        <translation>%1 ya pasó; elija hoy o un día posterior, o sin caducidad.</translation>
    </message>
    <message>
        <source>Choose a day within %1 days from today.</source>
        <translation>Elija un día dentro de %1 días a partir de hoy.</translation>
    </message>
    <message>
        <source>Give the token a name that says who uses it, such as website.</source>
        <translation>Dé al token un nombre que diga quién lo usa, como website.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a token name: use up to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>&apos;%1&apos; no es un nombre de token: use hasta 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Token %1 has expired but keeps its name until it is revoked; revoke it first or pick another name.</source>
        <translation>El token %1 ha caducado pero conserva su nombre hasta que se revoque; revóquelo antes o elija otro nombre.</translation>
    </message>
    <message>
        <source>There is already a live token called %1; revoke it first or pick another name.</source>
        <translation>Ya hay un token vigente llamado %1; revóquelo antes o elija otro nombre.</translation>
    </message>
    <message>
        <source>Choose the subscribers the token may act for, or all subscribers.</source>
        <translation>Elija los abonados por los que puede actuar el token, o todos los abonados.</translation>
    </message>
    <message>
        <source>There is no subscriber with account code %1.</source>
        <translation>No hay ningún abonado con el código de cuenta %1.</translation>
    </message>
    <message>
        <source>There are no subscribers with account codes %1.</source>
        <translation>No hay abonados con los códigos de cuenta %1.</translation>
    </message>
    <message>
        <source>There is no live API token called %1.</source>
        <translation>No hay ningún token de API vigente llamado %1.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>fin del %1</translation>
    </message>
    <message>
        <source>all subscribers</source>
        <translation>todos los abonados</translation>
    </message>
    <message>
        <source>no subscribers</source>
        <translation>ningún abonado</translation>
    </message>
</context>
<context>
    <name>ApiV1</name>
    <message>
        <source>Use %1 for this URL.</source>
        <translation>Use %1 para esta URL.</translation>
    </message>
    <message>
        <source>Too many requests; try again in a few seconds.</source>
        <translation>Demasiadas solicitudes; inténtelo de nuevo en unos segundos.</translation>
    </message>
    <message>
        <source>Send a valid API token as &apos;Authorization: Bearer &lt;token&gt;&apos;; rebound-switch api-tokens add NAME creates one.</source>
        <translation>Envíe un token de API válido como &apos;Authorization: Bearer &lt;token&gt;&apos;; rebound-switch api-tokens add NAME crea uno.</translation>
    </message>
    <message>
        <source>This API token has been revoked; ask the operator for a new one.</source>
        <translation>Este token de API ha sido revocado; pida uno nuevo al operador.</translation>
    </message>
    <message>
        <source>This API token expired at %1; ask the operator for a new one.</source>
        <translation>Este token de API caducó el %1; pida uno nuevo al operador.</translation>
    </message>
    <message>
        <source>There is no API call %1 %2.</source>
        <translation>No existe la llamada de API %1 %2.</translation>
    </message>
    <message>
        <source>This API token does not act for subscriber %1.</source>
        <translation>Este token de API no actúa por el abonado %1.</translation>
    </message>
    <message>
        <source>There is no subscriber %1.</source>
        <translation>No existe el abonado %1.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation>El cuerpo no es JSON válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object such as {&quot;account&quot;: &quot;1001&quot;, &quot;destination&quot;: &quot;+12025550147&quot;}.</source>
        <translation>El cuerpo debe ser un objeto JSON como {&quot;account&quot;: &quot;1001&quot;, &quot;destination&quot;: &quot;+12025550147&quot;}.</translation>
    </message>
    <message>
        <source>give the subscriber&apos;s account code as a string.</source>
        <translation>indique el código de cuenta del abonado como cadena.</translation>
    </message>
    <message>
        <source>give the number to connect to, such as +12025550147.</source>
        <translation>indique el número con el que conectar, como +12025550147.</translation>
    </message>
    <message>
        <source>give the number as a string, such as &quot;+12025550147&quot;.</source>
        <translation>indique el número como cadena, como &quot;+12025550147&quot;.</translation>
    </message>
    <message>
        <source>No new callback: %1.</source>
        <translation>Ningún callback nuevo: %1.</translation>
    </message>
    <message>
        <source>No callback: %1.</source>
        <translation>Ningún callback: %1.</translation>
    </message>
    <message>
        <source>There is no callback request %1.</source>
        <translation>No existe la solicitud de callback %1.</translation>
    </message>
    <message>
        <source>Callback request %1 is for a subscriber this API token does not act for.</source>
        <translation>La solicitud de callback %1 es de un abonado por el que este token de API no actúa.</translation>
    </message>
</context>
<context>
    <name>AttemptRepository</name>
    <message>
        <source>recording a failed redemption</source>
        <translation>registrando un canje fallido</translation>
    </message>
    <message>
        <source>checking redemption attempts</source>
        <translation>comprobando intentos de canje</translation>
    </message>
    <message>
        <source>clearing redemption attempts</source>
        <translation>borrando intentos de canje</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>--%1 is empty; give a value such as %2.</source>
        <translation>--%1 está vacío; indique un valor como %2.</translation>
    </message>
    <message>
        <source>--object: &apos;%1&apos; is not TYPE or TYPE:ID; write e.g. account or account:1001.</source>
        <translation>--object: &apos;%1&apos; no es TYPE ni TYPE:ID; escriba p. ej. account o account:1001.</translation>
    </message>
    <message>
        <source>--to: %1 is not after --from %2.</source>
        <translation>--to: %1 no es posterior a --from %2.</translation>
    </message>
    <message>
        <source>No audit entries match.
</source>
        <translation>Ninguna entrada de auditoría coincide.
</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HORA</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>QUIÉN</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DESDE</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUÉ</translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation>OBJETO</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DETALLES</translation>
    </message>
    <message>
        <source>Entries shown: %1, newest first; times in %2.</source>
        <translation>Entradas mostradas: %1, las más recientes primero; horas en %2.</translation>
    </message>
    <message>
        <source> There are more; --limit N shows N.</source>
        <translation> Hay más; --limit N muestra N.</translation>
    </message>
    <message>
        <source>Audit entries written to %1: %2.
</source>
        <translation>Entradas de auditoría escritas en %1: %2.
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
        <translation>Uso: rebound-switch [--db PATH] [--json] audit SUBCOMMAND [FILTERS]

  list [FILTERS] [--limit N]
                    las entradas, las más recientes primero (50 salvo que --limit diga más)
  export [FILTERS] [--output FILE|-]
                    CSV: hora, actor, origen, acción, tipo e id del objeto, detalles
                    (salida estándar sin --output o con -)

Filtros:
  --actor WHO         console, cli, web:1001 ...; un valor que termina en : . o * coincide
                      con todo actor que empiece por él (web: es todo usuario del portal)
  --action WHAT       account.add ...; account. es todo cambio de cuenta
  --object TYPE[:ID]  a qué se le hizo: account, o account:1001
  --text TEXT         los detalles contienen TEXT
  --from WHEN         entradas en WHEN o después
  --to WHEN           entradas antes de WHEN (un día: hasta el final de ese día)

WHEN es un día, YYYY-MM-DD, o una fecha y hora como 2026-03-04T18:30, en la zona horaria de
facturación (ajuste billing.timezone) salvo que termine en Z (UTC) o en un desfase (+02:00).
El CSV escribe las horas en ISO 8601 con el desfase de esa zona; una celda que empieza por
= + - o @ recibe un &apos; delante para que las hojas de cálculo la muestren como texto en vez de
ejecutarla.
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an audit subcommand; use list or export.</source>
        <translation>&apos;%1&apos; no es un subcomando de audit; use list o export.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>reading the audit log</source>
        <translation>leyendo la auditoría</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>escribiendo la auditoría</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>A backup cannot be written while a change is in progress on this connection.</source>
        <translation>No se puede escribir una copia mientras hay un cambio en curso en esta conexión.</translation>
    </message>
    <message>
        <source>writing a backup to %1</source>
        <translation>escribiendo una copia en %1</translation>
    </message>
    <message>
        <source>reading what the database holds</source>
        <translation>leyendo lo que contiene la base de datos</translation>
    </message>
    <message>
        <source>The Qt SQLite driver gives no SQLite handle, so the backup cannot be copied in.</source>
        <translation>El controlador SQLite de Qt no da un identificador SQLite, así que la copia no se puede volcar.</translation>
    </message>
    <message>
        <source>The database cannot be restored while a change is in progress on it.</source>
        <translation>La base de datos no se puede restaurar mientras hay un cambio en curso en ella.</translation>
    </message>
    <message>
        <source>Cannot start copying the backup into %1: %2</source>
        <translation>No se puede empezar a copiar la copia en %1: %2</translation>
    </message>
    <message>
        <source>%1 stayed busy: another program kept writing to it. Nothing has been changed; try again.</source>
        <translation>%1 siguió ocupada: otro programa seguía escribiendo en ella. No se ha cambiado nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Copying the backup into %1 failed, so it was left as it was: %2</source>
        <translation>Falló la copia del respaldo en %1, así que se dejó como estaba: %2</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>, with the card PIN key in %1</source>
        <translation>, con la clave de PIN de tarjetas en %1</translation>
    </message>
    <message>
        <source>Usage: rebound-switch [--db PATH] backup --output FILE
       rebound-switch backup check FILE
--output writes a consistent copy of the database to FILE (owner-only), also while a
switch runs on it, with the card PIN key beside it as FILE.pin-key: keep the two together.
check says whether FILE can be restored (integrity, schema version, the ledger) and what
it holds, changing nothing.
</source>
        <translation>Uso: rebound-switch [--db PATH] backup --output FILE
     rebound-switch backup check FILE
--output escribe una copia coherente de la base de datos en FILE (solo para el propietario),
también mientras una central funciona sobre ella, con la clave de PIN de tarjetas al lado como
FILE.pin-key: guarde las dos juntas. check dice si FILE se puede restaurar (integridad,
versión del esquema, el libro) y qué contiene, sin cambiar nada.
</translation>
    </message>
    <message>
        <source>Where the backup goes.</source>
        <translation>Dónde va la copia.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.
</source>
        <translation>Copia de %1 guardada en %2.
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
        <translation>Uso: rebound-switch [--db PATH] restore FILE [--yes]
Reemplaza todo lo que hay en la base de datos por la copia FILE, y la clave de PIN de
tarjetas por FILE.pin-key si existe. Antes se comprueba la copia (integridad, versión del
esquema, el libro); un esquema anterior se actualiza. La base de datos actual se guarda a
su lado antes de reemplazar nada. Se rechaza mientras una central funciona sobre la base
de datos: deténgala antes. Sin --yes solo dice qué se restauraría.
</translation>
    </message>
    <message>
        <source>Replace the data without asking.</source>
        <translation>Reemplazar los datos sin preguntar.</translation>
    </message>
    <message>
        <source>Nothing has been changed. Run again with --yes to replace all data in %1 with this backup.</source>
        <translation>No se ha cambiado nada. Ejecute de nuevo con --yes para reemplazar todos los datos de %1 por esta copia.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.
The data it held before was saved to %3.
</source>
        <translation>%1 restaurada desde %2.
Los datos que tenía antes se guardaron en %3.
</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>No se puede renombrar %1 a %2: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup.</source>
        <translation>No se puede crear la carpeta %1 para la copia.</translation>
    </message>
    <message>
        <source>Cannot read the card PIN key %1: %2</source>
        <translation>No se puede leer la clave de PIN de tarjetas %1: %2</translation>
    </message>
    <message>
        <source>The card PIN key %1 is damaged; put the key saved with this backup there, or remove it.</source>
        <translation>La clave de PIN de tarjetas %1 está dañada; ponga allí la clave guardada con esta copia, o quítela.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a backup file.</source>
        <translation>%1 es una carpeta, no un archivo de copia.</translation>
    </message>
    <message>
        <source>%1 has %2 beside it: it is a database in use, or one not closed cleanly, not a backup. Back it up with rebound-switch --db %1 backup --output FILE and restore that file.</source>
        <translation>%1 tiene %2 al lado: es una base de datos en uso, o una que no se cerró bien, no una copia. Respáldela con rebound-switch --db %1 backup --output FILE y restaure ese archivo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty, not a Rebound backup.</source>
        <translation>%1 está vacío, no es una copia de Rebound.</translation>
    </message>
    <message>
        <source>%1 is not a Rebound backup: it is not an SQLite database file.</source>
        <translation>%1 no es una copia de Rebound: no es un archivo de base de datos SQLite.</translation>
    </message>
    <message>
        <source>The backup %1 has schema version %2, but this Rebound only knows versions up to %3: it was written by a newer Rebound. Upgrade Rebound to restore it.</source>
        <translation>La copia %1 tiene la versión de esquema %2, pero este Rebound solo conoce versiones hasta la %3: la escribió un Rebound más nuevo. Actualice Rebound para restaurarla.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rebound one (it has no schema version).</source>
        <translation>%1 es una base de datos SQLite, pero no de Rebound (no tiene versión de esquema).</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database: %2</source>
        <translation>%1 no se puede leer como base de datos: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check failed): %2</source>
        <translation>%1 está dañado (falló la comprobación de integridad de SQLite): %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Rebound one (it has no %2 table).</source>
        <translation>%1 es una base de datos SQLite, pero no de Rebound (no tiene la tabla %2).</translation>
    </message>
    <message>
        <source>The backup %1 does not add up: %2 subscriber balance(s) differ from their ledger sums (subscriber #%3 shows %4, its ledger adds up to %5). It cannot be restored.</source>
        <translation>La copia %1 no cuadra: %2 saldo(s) de abonado difieren de la suma de su libro (el abonado #%3 muestra %4, su libro suma %5). No se puede restaurar.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2 to check it.</source>
        <translation>No se puede copiar %1 en %2 para comprobarlo.</translation>
    </message>
    <message>
        <source>The backup %1 (schema version %2) cannot be brought up to version %3: %4</source>
        <translation>La copia %1 (versión de esquema %2) no se puede llevar a la versión %3: %4</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>La copia %1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>Say which file the backup goes to.</source>
        <translation>Indique a qué archivo va la copia.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the backup.</source>
        <translation>%1 es una carpeta; indique un nombre de archivo para la copia.</translation>
    </message>
    <message>
        <source>%1 is the live database or one of its own files; a backup must go to another file.</source>
        <translation>%1 es la base de datos en uso o uno de sus propios archivos; una copia debe ir a otro archivo.</translation>
    </message>
    <message>
        <source>Cannot write a backup in %1: %2</source>
        <translation>No se puede escribir una copia en %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>No se pudo escribir la copia %1: %2</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder to check the backup: %1</source>
        <translation>No se puede crear una carpeta temporal para comprobar la copia: %1</translation>
    </message>
    <message>
        <source>%1 is the live database itself; choose a backup file.</source>
        <translation>%1 es la propia base de datos en uso; elija un archivo de copia.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder in %1 to check the backup: %2</source>
        <translation>No se puede crear una carpeta temporal en %1 para comprobar la copia: %2</translation>
    </message>
    <message>
        <source>The data was restored, but the card PIN key was not: %1 Copy %2 to %3 by hand, or cards cannot be redeemed.</source>
        <translation>Los datos se restauraron, pero la clave de PIN de tarjetas no: %1 Copie %2 en %3 a mano, o no se podrán canjear tarjetas.</translation>
    </message>
    <message>
        <source>No card PIN key was found beside the backup (%1), so the current key %2 was kept. If the backup&apos;s cards were made with another key, put that key there, or their PINs cannot be redeemed.</source>
        <translation>No se encontró clave de PIN de tarjetas junto a la copia (%1), así que se conservó la clave actual %2. Si las tarjetas de la copia se hicieron con otra clave, ponga esa clave allí, o sus PIN no se podrán canjear.</translation>
    </message>
    <message>
        <source>The restore was not written to the audit log: %1</source>
        <translation>La restauración no se escribió en la auditoría: %1</translation>
    </message>
    <message>
        <source>Backup: %1
</source>
        <translation>Copia: %1
</translation>
    </message>
    <message>
        <source>Written: %1, %2 bytes
</source>
        <translation>Escrita: %1, %2 bytes
</translation>
    </message>
    <message>
        <source>Schema version: %1
</source>
        <translation>Versión de esquema: %1
</translation>
    </message>
    <message>
        <source>Schema version: %1 (upgraded to %2 when restored)
</source>
        <translation>Versión de esquema: %1 (se actualiza a %2 al restaurar)
</translation>
    </message>
    <message>
        <source>Subscribers: %1
Ledger entries: %2
Card batches: %3
Calls: %4
</source>
        <translation>Abonados: %1
Movimientos del libro: %2
Lotes de tarjetas: %3
Llamadas: %4
</translation>
    </message>
    <message>
        <source>Last call: %1
</source>
        <translation>Última llamada: %1
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Card PIN key: none beside the backup (the current key is kept)
</source>
        <translation>Clave de PIN de tarjetas: ninguna junto a la copia (se conserva la clave actual)
</translation>
    </message>
    <message>
        <source>Card PIN key: %1
</source>
        <translation>Clave de PIN de tarjetas: %1
</translation>
    </message>
    <message>
        <source>Every balance equals its ledger sum; the integrity check passed.
</source>
        <translation>Cada saldo es igual a la suma de su libro; la comprobación de integridad es correcta.
</translation>
    </message>
</context>
<context>
    <name>BusinessReports</name>
    <message>
        <source>(no gateway)</source>
        <translation>(sin pasarela)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Callback requested by %1 from %2, to call back %3</source>
        <translation>Callback pedido por %1 desde %2, para llamar de vuelta a %3</translation>
    </message>
    <message>
        <source>, destination %1</source>
        <translation>, destino %1</translation>
    </message>
    <message>
        <source>Leg A (subscriber)</source>
        <translation>Tramo A (abonado)</translation>
    </message>
    <message>
        <source>Leg B (destination)</source>
        <translation>Tramo B (destino)</translation>
    </message>
    <message>
        <source>IVR: prompts played, destination collected</source>
        <translation>IVR: locuciones reproducidas, destino recogido</translation>
    </message>
    <message>
        <source>%1: calling %2 %3 through %4</source>
        <translation>%1: llamando a %2 %3 por %4</translation>
    </message>
    <message>
        <source>%1: answered</source>
        <translation>%1: contestada</translation>
    </message>
    <message>
        <source>%1: answered, legs bridged</source>
        <translation>%1: contestada, tramos puenteados</translation>
    </message>
    <message>
        <source>%1: ended after %2 s</source>
        <translation>%1: terminada tras %2 s</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1: no conectada</translation>
    </message>
    <message>
        <source>; billed %1 s: sell %2 at %3/min (prefix %4), cost %5 at %6/min (prefix %7)</source>
        <translation>; facturados %1 s: venta %2 a %3/min (prefijo %4), coste %5 a %6/min (prefijo %7)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Call %1: %2; sell %3, cost %4, profit %5</source>
        <translation>Llamada %1: %2; venta %3, coste %4, beneficio %5</translation>
    </message>
    <message>
        <source>hung up</source>
        <translation>colgó</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Abonado</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Disparo</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
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
        <translation>Consola</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>contestada</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>%1 (test call)</source>
        <translation>%1 (llamada de prueba)</translation>
    </message>
</context>
<context>
    <name>CallBilling</name>
    <message>
        <source>Call #%1 does not exist.</source>
        <translation>La llamada #%1 no existe.</translation>
    </message>
    <message>
        <source>the switch stopped before the call was connected</source>
        <translation>la central se detuvo antes de conectar la llamada</translation>
    </message>
    <message>
        <source>the switch stopped before this callback was made</source>
        <translation>la central se detuvo antes de hacer este callback</translation>
    </message>
</context>
<context>
    <name>CallState</name>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Call #%1 is in the state &quot;%2&quot;</source>
        <translation>La llamada #%1 está en el estado &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>CallbackRequestRepository</name>
    <message>
        <source>recording a callback request</source>
        <translation>registrando una solicitud de callback</translation>
    </message>
    <message>
        <source>reading callback requests</source>
        <translation>leyendo solicitudes de callback</translation>
    </message>
    <message>
        <source>counting callbacks in progress</source>
        <translation>contando callbacks en curso</translation>
    </message>
    <message>
        <source>updating callback request #%1</source>
        <translation>actualizando la solicitud de callback #%1</translation>
    </message>
    <message>
        <source>counting a call attempt of request #%1</source>
        <translation>contando un intento de llamada de la solicitud #%1</translation>
    </message>
    <message>
        <source>recording the destination of request #%1</source>
        <translation>registrando el destino de la solicitud #%1</translation>
    </message>
    <message>
        <source>ending callback requests left in progress</source>
        <translation>terminando solicitudes de callback que quedaron en curso</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Pedida</translation>
    </message>
    <message>
        <source>Calling the subscriber</source>
        <translation>Llamando al abonado</translation>
    </message>
    <message>
        <source>In the IVR</source>
        <translation>En el IVR</translation>
    </message>
    <message>
        <source>Calling the destination</source>
        <translation>Llamando al destino</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Callback request #%1 came from the trigger &quot;%2&quot;</source>
        <translation>La solicitud de callback #%1 vino del disparador &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Callback request #%1 is in the state &quot;%2&quot;</source>
        <translation>La solicitud de callback #%1 está en el estado &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>CardRepository</name>
    <message>
        <source>listing card batches</source>
        <translation>listando lotes de tarjetas</translation>
    </message>
    <message>
        <source>reading a card batch</source>
        <translation>leyendo un lote de tarjetas</translation>
    </message>
    <message>
        <source>creating a card batch</source>
        <translation>creando un lote de tarjetas</translation>
    </message>
    <message>
        <source>finding the next card serial</source>
        <translation>buscando el siguiente número de serie de tarjeta</translation>
    </message>
    <message>
        <source>creating card %1</source>
        <translation>creando la tarjeta %1</translation>
    </message>
    <message>
        <source>expiring card %1</source>
        <translation>caducando la tarjeta %1</translation>
    </message>
    <message>
        <source>using card %1</source>
        <translation>usando la tarjeta %1</translation>
    </message>
    <message>
        <source>activating card %1</source>
        <translation>activando la tarjeta %1</translation>
    </message>
    <message>
        <source>voiding card %1</source>
        <translation>anulando la tarjeta %1</translation>
    </message>
    <message>
        <source>suspending the account of card %1</source>
        <translation>suspendiendo la cuenta de la tarjeta %1</translation>
    </message>
    <message>
        <source>voiding card batch #%1</source>
        <translation>anulando el lote de tarjetas #%1</translation>
    </message>
    <message>
        <source>reading cards</source>
        <translation>leyendo tarjetas</translation>
    </message>
</context>
<context>
    <name>CardService</name>
    <message>
        <source>A batch has 1 to %L1 cards.</source>
        <translation>Un lote tiene de 1 a %L1 tarjetas.</translation>
    </message>
    <message>
        <source>The face value must be more than zero.</source>
        <translation>El valor nominal debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO code such as USD.</source>
        <translation>La moneda es un código ISO de tres letras, como USD.</translation>
    </message>
    <message>
        <source>PINs have %1 to %2 digits; shorter ones are too easy to guess.</source>
        <translation>Los PIN tienen de %1 a %2 dígitos; los más cortos son demasiado fáciles de adivinar.</translation>
    </message>
    <message>
        <source>The serial prefix is up to 10 letters or digits.</source>
        <translation>El prefijo de serie tiene hasta 10 letras o dígitos.</translation>
    </message>
    <message>
        <source>The first serial number must be 1 or more.</source>
        <translation>El primer número de serie debe ser 1 o más.</translation>
    </message>
    <message>
        <source>Prepaid calling cards need the sell plan their accounts use.</source>
        <translation>Las tarjetas prepago de llamadas necesitan el plan de venta que usan sus cuentas.</translation>
    </message>
    <message>
        <source>There is no sell plan called &apos;%1&apos;.</source>
        <translation>No hay ningún plan de venta llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code.</source>
        <translation>&apos;%1&apos; no es un código de idioma.</translation>
    </message>
    <message>
        <source>A fixed expiry date must be in the future.</source>
        <translation>Una fecha de caducidad fija debe estar en el futuro.</translation>
    </message>
    <message>
        <source>Charge-up cards are used up at once; expiry after first use is for prepaid calling cards.</source>
        <translation>Las tarjetas de recarga se gastan de una vez; la caducidad tras el primer uso es para tarjetas prepago de llamadas.</translation>
    </message>
    <message>
        <source>Expiry is 1 to 3650 days.</source>
        <translation>La caducidad es de 1 a 3650 días.</translation>
    </message>
    <message>
        <source>Serials %1 to %2 overlap an existing batch; choose another serial prefix or first number.</source>
        <translation>Las series %1 a %2 se solapan con un lote existente; elija otro prefijo de serie u otro primer número.</translation>
    </message>
    <message>
        <source>Could not find a free PIN for card %1.</source>
        <translation>No se encontró un PIN libre para la tarjeta %1.</translation>
    </message>
    <message>
        <source>Too many failed attempts: try again later.</source>
        <translation>Demasiados intentos fallidos: inténtelo más tarde.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Inténtelo de nuevo en %n minuto.</numerusform>
            <numerusform>Demasiados intentos fallidos. Inténtelo de nuevo en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account cannot be topped up; it does not exist or is closed.</source>
        <translation>Esta cuenta no se puede recargar; no existe o está cerrada.</translation>
    </message>
    <message>
        <source>That PIN does not belong to a card that can be used. Check it and try again.</source>
        <translation>Ese PIN no pertenece a una tarjeta utilizable. Revíselo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That serial number and PIN are not of one card that can be used. Check both and try again.</source>
        <translation>Ese número de serie y ese PIN no son de una tarjeta utilizable. Revise ambos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This is a charge-up card: use it to top up an existing account.</source>
        <translation>Esta es una tarjeta de recarga: úsela para recargar una cuenta existente.</translation>
    </message>
    <message>
        <source>This is a prepaid calling card: activate it to get a new account.</source>
        <translation>Esta es una tarjeta prepago de llamadas: actívela para obtener una cuenta nueva.</translation>
    </message>
    <message>
        <source>This card has been cancelled.</source>
        <translation>Esta tarjeta ha sido anulada.</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>Esta tarjeta ha caducado.</translation>
    </message>
    <message>
        <source>This card has already been used.</source>
        <translation>Esta tarjeta ya se ha usado.</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Tarjeta %1</translation>
    </message>
    <message>
        <source>Prepaid calling card %1</source>
        <translation>Tarjeta prepago de llamadas %1</translation>
    </message>
    <message>
        <source>There is no card with serial %1.</source>
        <translation>No hay ninguna tarjeta con la serie %1.</translation>
    </message>
    <message>
        <source>Card %1 is %2 and cannot be voided.</source>
        <translation>La tarjeta %1 está %2 y no se puede anular.</translation>
    </message>
    <message>
        <source>Card batch #%1 does not exist.</source>
        <translation>El lote de tarjetas #%1 no existe.</translation>
    </message>
</context>
<context>
    <name>CardsCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cards generate needs --output FILE (or - for stdout): the PINs exist only in that file and cannot be shown again.</source>
        <translation>cards generate necesita --output FILE (o - para stdout): los PIN solo existen en ese archivo y no se pueden volver a mostrar.</translation>
    </message>
    <message>
        <source>--kind is charge (top up an account) or ppcc (a new account).</source>
        <translation>--kind es charge (recarga una cuenta) o ppcc (una cuenta nueva).</translation>
    </message>
    <message>
        <source>--expires takes a date such as 2027-06-30 or 2027-06-30T23:59Z.</source>
        <translation>--expires admite una fecha como 2027-06-30 o 2027-06-30T23:59Z.</translation>
    </message>
    <message>
        <source>Batch #%1: %2 %3 cards of %4, serials %5 to %6, total %7.</source>
        <translation>Lote #%1: %2 tarjetas %3 de %4, series %5 a %6, total %7.</translation>
    </message>
    <message>
        <source>prepaid calling</source>
        <translation>prepago de llamadas</translation>
    </message>
    <message>
        <source>charge-up</source>
        <translation>de recarga</translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation>LOTE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>CARDS</source>
        <translation>TARJETAS</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>NEW/ACTIVE/USED/EXPIRED/VOID</source>
        <translation>NUEVA/ACTIVA/USADA/CADUCADA/ANULADA</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source> (void)</source>
        <translation> (anulado)</translation>
    </message>
    <message>
        <source>There is no card batch #%1.</source>
        <translation>No existe el lote de tarjetas #%1.</translation>
    </message>
    <message>
        <source>--status is new, active, used, expired or void.</source>
        <translation>--status es new, active, used, expired o void.</translation>
    </message>
    <message>
        <source>A PIN on the command line is visible to every user of this machine: give it with --pin-stdin or --pin-file FILE.</source>
        <translation>Un PIN en la línea de órdenes es visible para todos los usuarios de esta máquina: páselo con --pin-stdin o --pin-file FILE.</translation>
    </message>
    <message>
        <source>cards redeem needs the PIN: --pin-stdin or --pin-file FILE.</source>
        <translation>cards redeem necesita el PIN: --pin-stdin o --pin-file FILE.</translation>
    </message>
    <message>
        <source>Say which account to top up with --account CODE, or --activate a prepaid calling card.</source>
        <translation>Indique qué cuenta recargar con --account CODE, o use --activate para una tarjeta prepago de llamadas.</translation>
    </message>
    <message>
        <source>There is no subscriber with account code %1.</source>
        <translation>No hay ningún abonado con el código de cuenta %1.</translation>
    </message>
    <message>
        <source>Card %1 activated: account code %2, balance %3.</source>
        <translation>Tarjeta %1 activada: código de cuenta %2, saldo %3.</translation>
    </message>
    <message>
        <source>Card %1 added %2 to account %3; balance now %4.</source>
        <translation>La tarjeta %1 añadió %2 a la cuenta %3; saldo ahora %4.</translation>
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
        <translation>Uso: rebound-switch [--db PATH] [--json] cards SUBCOMMAND

  generate --count N --value AMOUNT --output FILE|- [--kind charge|ppcc] [--plan SELL-PLAN]
           [--currency CODE] [--language CODE] [--pin-length 12] [--serial-prefix P]
           [--serial-start N] [--name TEXT]
           [--expires DATE | --expires-days N [--after-first-use]]
                        un lote; el archivo de PIN es la única copia de los PIN
  list [--batch ID [--status new|active|used|expired|void]]
  export --batch ID [--output FILE]   inventario CSV, sin PIN
  void --serial SERIAL | --batch ID   anula tarjetas sin usar
  redeem --account CODE               recarga con una tarjeta de recarga
  redeem --activate [--callback NUMBER]   abre la cuenta de una tarjeta prepago de llamadas
         el PIN viene de --pin-stdin o --pin-file FILE, nunca de la línea de órdenes
  history                             tarjetas usadas y activadas, las más recientes primero
</translation>
    </message>
    <message>
        <source>Number of cards.</source>
        <translation>Número de tarjetas.</translation>
    </message>
    <message>
        <source>Face value of each card.</source>
        <translation>Valor nominal de cada tarjeta.</translation>
    </message>
    <message>
        <source>charge or ppcc.</source>
        <translation>charge o ppcc.</translation>
    </message>
    <message>
        <source>ISO currency code.</source>
        <translation>Código ISO de moneda.</translation>
    </message>
    <message>
        <source>Sell plan of PPCC accounts.</source>
        <translation>Plan de venta de las cuentas PPCC.</translation>
    </message>
    <message>
        <source>Language of PPCC accounts.</source>
        <translation>Idioma de las cuentas PPCC.</translation>
    </message>
    <message>
        <source>PIN digits, 10 to 20.</source>
        <translation>Dígitos del PIN, de 10 a 20.</translation>
    </message>
    <message>
        <source>Serial prefix.</source>
        <translation>Prefijo de serie.</translation>
    </message>
    <message>
        <source>First serial number.</source>
        <translation>Primer número de serie.</translation>
    </message>
    <message>
        <source>Batch name.</source>
        <translation>Nombre del lote.</translation>
    </message>
    <message>
        <source>Fixed expiry date.</source>
        <translation>Fecha de caducidad fija.</translation>
    </message>
    <message>
        <source>Days until expiry.</source>
        <translation>Días hasta la caducidad.</translation>
    </message>
    <message>
        <source>Count expiry days from activation.</source>
        <translation>Contar los días de caducidad desde la activación.</translation>
    </message>
    <message>
        <source>Output file, - for stdout.</source>
        <translation>Archivo de salida, - para stdout.</translation>
    </message>
    <message>
        <source>Batch id.</source>
        <translation>Id del lote.</translation>
    </message>
    <message>
        <source>Card status.</source>
        <translation>Estado de la tarjeta.</translation>
    </message>
    <message>
        <source>Card serial.</source>
        <translation>Serie de la tarjeta.</translation>
    </message>
    <message>
        <source>Account code to top up.</source>
        <translation>Código de cuenta que recargar.</translation>
    </message>
    <message>
        <source>Activate a prepaid calling card.</source>
        <translation>Activar una tarjeta prepago de llamadas.</translation>
    </message>
    <message>
        <source>Callback number for the new account.</source>
        <translation>Número de callback de la cuenta nueva.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>card PIN</source>
        <translation>PIN de la tarjeta</translation>
    </message>
    <message>
        <source>Run rebound-switch cards --help.</source>
        <translation>Ejecute rebound-switch cards --help.</translation>
    </message>
    <message>
        <source>Say which batch with --batch ID; cards list shows them.</source>
        <translation>Indique qué lote con --batch ID; cards list los muestra.</translation>
    </message>
    <message>
        <source>Card %1 is void.</source>
        <translation>La tarjeta %1 está anulada.</translation>
    </message>
    <message>
        <source>Batch #%1 is void; %2 unused cards cancelled.</source>
        <translation>El lote #%1 está anulado; %2 tarjetas sin usar anuladas.</translation>
    </message>
    <message>
        <source>cards void needs --serial SERIAL or --batch ID.</source>
        <translation>cards void necesita --serial SERIAL o --batch ID.</translation>
    </message>
</context>
<context>
    <name>CdrRepository</name>
    <message>
        <source>opening a call record</source>
        <translation>abriendo un registro de llamada</translation>
    </message>
    <message>
        <source>recording a call&apos;s limit</source>
        <translation>registrando el límite de una llamada</translation>
    </message>
    <message>
        <source>recording a call leg</source>
        <translation>registrando un tramo de llamada</translation>
    </message>
    <message>
        <source>recording an answered leg</source>
        <translation>registrando un tramo contestado</translation>
    </message>
    <message>
        <source>recording a leg&apos;s gateway</source>
        <translation>registrando la pasarela de un tramo</translation>
    </message>
    <message>
        <source>recording call progress</source>
        <translation>registrando el progreso de la llamada</translation>
    </message>
    <message>
        <source>closing a call leg</source>
        <translation>cerrando un tramo de llamada</translation>
    </message>
    <message>
        <source>recording a leg&apos;s RTP packets</source>
        <translation>registrando los paquetes RTP de un tramo</translation>
    </message>
    <message>
        <source>pricing a call leg</source>
        <translation>tarificando un tramo de llamada</translation>
    </message>
    <message>
        <source>closing a call record</source>
        <translation>cerrando un registro de llamada</translation>
    </message>
    <message>
        <source>reading a call</source>
        <translation>leyendo una llamada</translation>
    </message>
    <message>
        <source>reading call legs</source>
        <translation>leyendo tramos de llamada</translation>
    </message>
    <message>
        <source>finding open calls</source>
        <translation>buscando llamadas abiertas</translation>
    </message>
    <message>
        <source>reading calls</source>
        <translation>leyendo llamadas</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Contestadas</translation>
    </message>
    <message>
        <source>Paid minutes</source>
        <translation>Minutos pagados</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Read the %1 from the first line of standard input.</source>
        <translation>Leer %1 de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>Read the %1 from the first line of FILE.</source>
        <translation>Leer %1 de la primera línea de FILE.</translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1: no se puede leer %2: %3</translation>
    </message>
    <message>
        <source>--%1: the file&apos;s first line is empty.</source>
        <translation>--%1: la primera línea del archivo está vacía.</translation>
    </message>
    <message>
        <source>--%1: nothing on standard input.</source>
        <translation>--%1: nada en la entrada estándar.</translation>
    </message>
    <message>
        <source>--db needs a path to the database file.</source>
        <translation>--db necesita una ruta al archivo de base de datos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; run rebound-switch --help for the list.</source>
        <translation>&apos;%1&apos; no es una orden; ejecute rebound-switch --help para ver la lista.</translation>
    </message>
    <message>
        <source>%1 takes no option --%2.</source>
        <translation>%1 no admite la opción --%2.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argumento inesperado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-03-04.</source>
        <translation>--%1: &apos;%2&apos; no es una fecha; escríbala como YYYY-MM-DD, p. ej. 2026-03-04.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date or time; write 2026-03-04, 2026-03-04T18:30 (in the billing time zone) or 2026-03-04T18:30Z (UTC).</source>
        <translation>--%1: &apos;%2&apos; no es una fecha ni una hora; escriba 2026-03-04, 2026-03-04T18:30 (en la zona horaria de facturación) o 2026-03-04T18:30Z (UTC).</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to %1.</source>
        <translation>--limit debe ser un número entero de 1 a %1.</translation>
    </message>
    <message>
        <source>--output: name the CSV file to write, or - for standard output.</source>
        <translation>--output: nombre el archivo CSV que escribir, o - para la salida estándar.</translation>
    </message>
    <message>
        <source>--output: cannot write %1: %2</source>
        <translation>--output: no se puede escribir %1: %2</translation>
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
        <translation>Uso: rebound-switch [--db PATH] [--json] COMMAND [ARGUMENTS]

La central de callback Rebound, sin interfaz gráfica, y su interfaz para scripts.

Órdenes:
  serve       ejecuta la central hasta SIGINT o SIGTERM
  accounts    lista, muestra, añade, cambia y borra abonados; saldos
  rates       tablas de tarifas: import, export, list, quote, markup
  cards       lotes de tarjetas: generate, list, export, void, redeem
  gateways    troncales SIP: add, list, show, set, delete, ping
  routes      qué pasarela lleva qué prefijo
  dids        números de disparo: add, list, set, delete
  cdrs        registros de llamada: lista, uno con su cronología, exportación a CSV
  reports     resumen de un periodo y beneficio por destino, pasarela, abonado, disparo
  audit       la auditoría, quién hizo qué y cuándo: list, export a CSV
  settings    list, get, set
  api-tokens  tokens para la API JSON: add, list, revoke
  sms-http    el punto de pasarela SMS por HTTP: secret, disable, status
  dial        hace un tramo de prueba por las rutas e informa de cada paso
  try         un callback de prueba completo (did, sms, web, api) con los teléfonos de prueba integrados
  demo        añade los abonados, DID, pasarela y tarifas de demostración a una base vacía
  backup      escribe una copia coherente de la base de datos (--output FILE); comprueba una copia
  restore     reemplaza todos los datos por una copia comprobada (no con una central en marcha)

Opciones:
  --db PATH   la base de datos (por defecto: %1)
  --json      imprime los resultados como JSON, para scripts
  --help      muestra esta ayuda; COMMAND --help muestra la ayuda de la orden
  --version   muestra la versión
</translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation>--%1 debe ser un número entero.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 subcommand; use %3.</source>
        <translation>&apos;%1&apos; no es un subcomando de %2; use %3.</translation>
    </message>
</context>
<context>
    <name>ConfigCommands</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>--%1 is yes or no.</source>
        <translation>--%1 es yes o no.</translation>
    </message>
    <message>
        <source>--buy-table: there is no buy table called &apos;%1&apos;.</source>
        <translation>--buy-table: no hay ninguna tabla de compra llamada &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 (%2:%3): no answer within %4 s
</source>
        <translation>%1 (%2:%3): sin respuesta en %4 s
</translation>
    </message>
    <message>
        <source>%1 (%2:%3): %4 %5 in %6 ms
</source>
        <translation>%1 (%2:%3): %4 %5 en %6 ms
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
        <translation>Uso: rebound-switch gateways list | show NAME | delete NAME | ping NAME [--timeout S]
     rebound-switch gateways add --name N --host H [--port 5060] [--transport udp|tcp|tls]
       [--username U --password-stdin|--password-file F --realm R] [--strip-digits N] [--add-prefix DIGITS]
       [--caller-id NUMBER] [--buy-table NAME] [--max-calls N] [--trusted ADDR,SUBNET/BITS]
       [--sms yes|no] [--enabled yes|no]
     rebound-switch gateways set NAME [las mismas opciones]
</translation>
    </message>
    <message>
        <source>There is no gateway called &apos;%1&apos;; gateways list shows them.</source>
        <translation>No hay ninguna pasarela llamada &apos;%1&apos;; gateways list las muestra.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>BUY TABLE</source>
        <translation>TABLA DE COMPRA</translation>
    </message>
    <message>
        <source>TRUSTED</source>
        <translation>DE CONFIANZA</translation>
    </message>
    <message>
        <source> (SMS)</source>
        <translation> (SMS)</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (desactivada)</translation>
    </message>
    <message>
        <source>Added gateway %1.
</source>
        <translation>Pasarela %1 añadida.
</translation>
    </message>
    <message>
        <source>Saved gateway %1.
</source>
        <translation>Pasarela %1 guardada.
</translation>
    </message>
    <message>
        <source>Deleted gateway %1 and its routes.
</source>
        <translation>Pasarela %1 y sus rutas borradas.
</translation>
    </message>
    <message>
        <source>Usage: rebound-switch routes list | add --prefix DIGITS --gateway NAME [--priority 100] | delete ID
       (an empty --prefix routes every number)
</source>
        <translation>Uso: rebound-switch routes list | add --prefix DIGITS --gateway NAME [--priority 100] | delete ID
     (un --prefix vacío enruta todos los números)
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIJO</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORIDAD</translation>
    </message>
    <message>
        <source>GATEWAY</source>
        <translation>PASARELA</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(todos)</translation>
    </message>
    <message>
        <source>--gateway: there is no gateway called &apos;%1&apos;.</source>
        <translation>--gateway: no hay ninguna pasarela llamada &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Added route #%1: %2 via %3.
</source>
        <translation>Ruta #%1 añadida: %2 por %3.
</translation>
    </message>
    <message>
        <source>all numbers</source>
        <translation>todos los números</translation>
    </message>
    <message>
        <source>routes delete takes the route&apos;s id (routes list shows it).</source>
        <translation>routes delete recibe el id de la ruta (routes list lo muestra).</translation>
    </message>
    <message>
        <source>Deleted route #%1.
</source>
        <translation>Ruta #%1 borrada.
</translation>
    </message>
    <message>
        <source>Usage: rebound-switch dids list | delete NUMBER
       rebound-switch dids add NUMBER --account CODE [--mode did|lgw --gateway NAME] [--enabled yes|no] [--ask-pin yes|no]
       rebound-switch dids set NUMBER [--account CODE] [--mode did|lgw] [--gateway NAME] [--enabled yes|no] [--ask-pin yes|no]
--ask-pin yes: the IVR asks for the subscriber&apos;s PIN on callbacks from this DID.
</source>
        <translation>Uso: rebound-switch dids list | delete NUMBER
     rebound-switch dids add NUMBER --account CODE [--mode did|lgw --gateway NAME] [--enabled yes|no] [--ask-pin yes|no]
     rebound-switch dids set NUMBER [--account CODE] [--mode did|lgw] [--gateway NAME] [--enabled yes|no] [--ask-pin yes|no]
--ask-pin yes: el IVR pide el PIN del abonado en los callbacks desde este DID.
</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source> (asks for the PIN)</source>
        <translation> (pide el PIN)</translation>
    </message>
    <message>
        <source>There is no DID %1.</source>
        <translation>No existe el DID %1.</translation>
    </message>
    <message>
        <source>Deleted DID +%1.
</source>
        <translation>DID +%1 borrado.
</translation>
    </message>
    <message>
        <source>DID +%1 already exists; use dids set.</source>
        <translation>El DID +%1 ya existe; use dids set.</translation>
    </message>
    <message>
        <source>There is no DID %1; use dids add.</source>
        <translation>No existe el DID %1; use dids add.</translation>
    </message>
    <message>
        <source>--account: there is no subscriber %1.</source>
        <translation>--account: no existe el abonado %1.</translation>
    </message>
    <message>
        <source>--account: say which subscriber this DID calls back.</source>
        <translation>--account: indique a qué abonado devuelve la llamada este DID.</translation>
    </message>
    <message>
        <source>--mode is did or lgw.</source>
        <translation>--mode es did o lgw.</translation>
    </message>
    <message>
        <source>%1 DID +%2 for %3 (%4).
</source>
        <translation>%1 el DID +%2 para %3 (%4).
</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
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
        <translation>Uso: rebound-switch settings list [--all] | get KEY | describe KEY
     rebound-switch settings set KEY VALUE [KEY VALUE ...] | reset KEY [KEY ...]
list muestra cada ajuste con su valor (* marca un valor por defecto); --all añade claves
que ningún ajuste de esta versión conoce. set comprueba antes cada valor y guarda todos o
ninguno; un VALUE vacío significa ninguno si el ajuste lo permite, si no el valor por defecto.
Los ajustes marcados &apos;restart&apos; se leen al arrancar la central.
Los secretos los crean órdenes, no se fijan: la clave de PIN de tarjetas (un archivo junto a
la base de datos, DATABASE.pin-key) la crea la central, sms.http_secret rebound-switch
sms-http secret.
</translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation>(secreto)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>%1 is a secret and is not shown.</source>
        <translation>%1 es un secreto y no se muestra.</translation>
    </message>
    <message>
        <source>There is no setting called %1; &apos;settings list&apos; shows them.</source>
        <translation>No hay ningún ajuste llamado %1; &apos;settings list&apos; los muestra.</translation>
    </message>
    <message>
        <source>Value: %1
</source>
        <translation>Valor: %1
</translation>
    </message>
    <message>
        <source>Default: %1
</source>
        <translation>Por defecto: %1
</translation>
    </message>
    <message>
        <source>Choices: %1
</source>
        <translation>Opciones: %1
</translation>
    </message>
    <message>
        <source>Read when the switch starts: restart it after a change.
</source>
        <translation>Se lee al arrancar la central: reiníciela tras un cambio.
</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
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
        <translation>Reinicie la central para usar el valor nuevo.
</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Rebound callback console</source>
        <translation>Consola de callback Rebound</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Archivo de base de datos (por defecto: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Do not fill a new database with demo data.</source>
        <translation>No llenar una base de datos nueva con datos de demostración.</translation>
    </message>
    <message>
        <source>Rebound cannot start</source>
        <translation>Rebound no puede arrancar</translation>
    </message>
</context>
<context>
    <name>CreditManager</name>
    <message>
        <source>Subscriber #%1 does not exist.</source>
        <translation>El abonado #%1 no existe.</translation>
    </message>
    <message>
        <source>Subscriber %1 is not active.</source>
        <translation>El abonado %1 no está activo.</translation>
    </message>
    <message>
        <source>Subscriber %1 already has %2 call(s) in progress, the most allowed.</source>
        <translation>El abonado %1 ya tiene %2 llamada(s) en curso, el máximo permitido.</translation>
    </message>
    <message>
        <source>Subscriber %1 does not have enough credit for this call.</source>
        <translation>El abonado %1 no tiene crédito suficiente para esta llamada.</translation>
    </message>
    <message>
        <source>Credit reservation #%1 does not exist (already settled?).</source>
        <translation>La reserva de crédito #%1 no existe (¿ya liquidada?).</translation>
    </message>
    <message>
        <source>settling a call</source>
        <translation>liquidando una llamada</translation>
    </message>
    <message>
        <source>releasing reserved credit</source>
        <translation>liberando crédito reservado</translation>
    </message>
</context>
<context>
    <name>CreditRepository</name>
    <message>
        <source>reading reserved credit</source>
        <translation>leyendo crédito reservado</translation>
    </message>
    <message>
        <source>reading available credit</source>
        <translation>leyendo crédito disponible</translation>
    </message>
    <message>
        <source>reading a balance</source>
        <translation>leyendo un saldo</translation>
    </message>
    <message>
        <source>checking a subscriber&apos;s credit</source>
        <translation>comprobando el crédito de un abonado</translation>
    </message>
    <message>
        <source>reading reservations</source>
        <translation>leyendo reservas</translation>
    </message>
    <message>
        <source>reading a reservation</source>
        <translation>leyendo una reserva</translation>
    </message>
    <message>
        <source>reserving credit</source>
        <translation>reservando crédito</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>No se puede leer la base de datos %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Rebound database (it is not an SQLite file); it has not been changed.</source>
        <translation>%1 no es una base de datos de Rebound (no es un archivo SQLite); no se ha modificado.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this Rebound only knows versions up to %3. It was written by a newer Rebound; it has not been changed. Upgrade Rebound to open it.</source>
        <translation>La base de datos %1 tiene la versión de esquema %2, pero este Rebound solo conoce versiones hasta la %3. La escribió un Rebound más nuevo; no se ha modificado. Actualice Rebound para abrirla.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite de Qt no está instalado (paquete Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>No se puede crear la carpeta %1 para la base de datos.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>No se puede crear la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>setting up the database connection</source>
        <translation>preparando la conexión a la base de datos</translation>
    </message>
    <message>
        <source>Upgrading the database %1 to schema version %2 (%3) failed, so it was left at version %4: %5</source>
        <translation>Falló la actualización de la base de datos %1 a la versión de esquema %2 (%3), así que se dejó en la versión %4: %5</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>leyendo la versión del esquema</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>preparando una consulta</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>iniciando una transacción</translation>
    </message>
    <message>
        <source>ending a transaction</source>
        <translation>terminando una transacción</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>confirmando una transacción</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>Cannot take the lock %1 beside the database.</source>
        <translation>No se puede tomar el bloqueo %1 junto a la base de datos.</translation>
    </message>
    <message>
        <source>rebound-switch serve</source>
        <translation>rebound-switch serve</translation>
    </message>
    <message>
        <source>the Rebound console</source>
        <translation>la consola de Rebound</translation>
    </message>
    <message>
        <source>Another switch is running on %1: %2, PID %3. Stop it first; commands that only read or change data work beside it.</source>
        <translation>Ya hay otra central funcionando sobre %1: %2, PID %3. Deténgala antes; las órdenes que solo leen o cambian datos funcionan a la vez.</translation>
    </message>
    <message>
        <source>A switch is running on %1: %2, PID %3. Stop it before restoring a backup; nothing has been changed.</source>
        <translation>Hay una central funcionando sobre %1: %2, PID %3. Deténgala antes de restaurar una copia; no se ha cambiado nada.</translation>
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
        <translation>Uso: rebound-switch [--db PATH] demo

Añade los datos de demostración (5 abonados con la contraseña de portal %1, 3 DID, tres
pasarelas en 127.0.0.1, tarifas, un lote de tarjetas de recarga) y %2 días de historial
de llamadas hasta ahora (callbacks facturados por la regla de facturación, recargas en el
libro) a una base de datos que aún no tiene abonados.
</translation>
    </message>
    <message>
        <source>demo takes no argument &apos;%1&apos;.</source>
        <translation>demo no admite el argumento &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 already has subscribers; the demo data goes only into an empty database.</source>
        <translation>%1 ya tiene abonados; los datos de demostración solo van a una base de datos vacía.</translation>
    </message>
    <message>
        <source>Demo data and %1 days of call history added to %2.</source>
        <translation>Datos de demostración y %1 días de historial de llamadas añadidos a %2.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demo subscriber created on first start; close it when you have real ones.</source>
        <translation>Abonado de demostración creado en el primer arranque; ciérrelo cuando tenga abonados reales.</translation>
    </message>
    <message>
        <source>Demo wholesale prices</source>
        <translation>Precios mayoristas de demostración</translation>
    </message>
    <message>
        <source>Demo subscriber prices: carrier + 60%</source>
        <translation>Precios de demostración para abonados: operador + 60%</translation>
    </message>
</context>
<context>
    <name>DemoHistory</name>
    <message>
        <source>The demo history needs the demo subscriber %1.</source>
        <translation>El historial de demostración necesita el abonado de demostración %1.</translation>
    </message>
    <message>
        <source>The demo history needs the Demo carrier gateway.</source>
        <translation>El historial de demostración necesita la pasarela Demo carrier.</translation>
    </message>
    <message>
        <source>Demo wholesale prices of another carrier</source>
        <translation>Precios mayoristas de demostración de otro operador</translation>
    </message>
    <message>
        <source>Demo top-up cards</source>
        <translation>Tarjetas de recarga de demostración</translation>
    </message>
    <message>
        <source>The demo plan has no rate for %1.</source>
        <translation>El plan de demostración no tiene tarifa para %1.</translation>
    </message>
    <message>
        <source>The demo history has no route to %1.</source>
        <translation>El historial de demostración no tiene ruta hacia %1.</translation>
    </message>
</context>
<context>
    <name>DemoRepository</name>
    <message>
        <source>marking demo subscribers</source>
        <translation>marcando abonados de demostración</translation>
    </message>
    <message>
        <source>giving demo subscribers a plan</source>
        <translation>dando un plan a los abonados de demostración</translation>
    </message>
</context>
<context>
    <name>DialCommand</name>
    <message>
        <source>Send the leg out through this LGW DID&apos;s gateway.</source>
        <translation>Sacar el tramo por la pasarela de este DID LGW.</translation>
    </message>
    <message>
        <source>Seconds to stay connected once answered (default 2).</source>
        <translation>Segundos que seguir conectado una vez contestado (por defecto 2).</translation>
    </message>
    <message>
        <source>Our SIP address (default 127.0.0.1 on any free port).</source>
        <translation>Nuestra dirección SIP (por defecto 127.0.0.1 en cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Usage: rebound-switch [--db PATH] dial NUMBER [--lgw-did DID] [--hold S] [--sip-listen ADDR:PORT]

Places one test leg the way a callback would (routes, least cost, failover, digest
authentication) and prints each step. The leg carries no audio: it is a signalling test.
</source>
        <translation>Uso: rebound-switch [--db PATH] dial NUMBER [--lgw-did DID] [--hold S] [--sip-listen ADDR:PORT]

Hace un tramo de prueba como lo haría un callback (rutas, menor coste, respaldo, autenticación
digest) e imprime cada paso. El tramo no lleva audio: es una prueba de señalización.
</translation>
    </message>
    <message>
        <source>dial needs an application event loop.</source>
        <translation>dial necesita un bucle de eventos de aplicación.</translation>
    </message>
    <message>
        <source>%1 is not an LGW DID.</source>
        <translation>%1 no es un DID LGW.</translation>
    </message>
    <message>
        <source>--hold is 0 to 3600 seconds.</source>
        <translation>--hold es de 0 a 3600 segundos.</translation>
    </message>
    <message>
        <source>SIP on %1; dialling %2</source>
        <translation>SIP en %1; marcando %2</translation>
    </message>
    <message>
        <source>answered via %1; hanging up in %2 s</source>
        <translation>contestada por %1; colgando en %2 s</translation>
    </message>
    <message>
        <source>failed: %1 %2</source>
        <translation>falló: %1 %2</translation>
    </message>
    <message>
        <source>ended: %1</source>
        <translation>terminada: %1</translation>
    </message>
</context>
<context>
    <name>DialPlan</name>
    <message>
        <source>&apos;+&apos; may only appear at the start of the number.</source>
        <translation>&apos;+&apos; solo puede aparecer al principio del número.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in a phone number; use digits only.</source>
        <translation>&apos;%1&apos; no está permitido en un número de teléfono; use solo dígitos.</translation>
    </message>
    <message>
        <source>The dial plan is not valid: %1</source>
        <translation>El plan de marcación no es válido: %1</translation>
    </message>
    <message>
        <source>&apos;+&apos; must be followed by the country code and the number.</source>
        <translation>Tras &apos;+&apos; deben ir el código de país y el número.</translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation>El número está vacío.</translation>
    </message>
    <message>
        <source>The number is only the international prefix %1; add the country code and the number after it.</source>
        <translation>El número es solo el prefijo internacional %1; añada tras él el código de país y el número.</translation>
    </message>
    <message>
        <source>The number is only the national prefix %1; add the rest of the number after it.</source>
        <translation>El número es solo el prefijo nacional %1; añada tras él el resto del número.</translation>
    </message>
    <message>
        <source>A country code cannot start with 0; an international number starts with +, then the country code.</source>
        <translation>Un código de país no puede empezar por 0; un número internacional empieza por +, luego el código de país.</translation>
    </message>
    <message>
        <source>A country code cannot start with 0; an international number starts with + or %1, then the country code.</source>
        <translation>Un código de país no puede empezar por 0; un número internacional empieza por + o %1, luego el código de país.</translation>
    </message>
    <message numerus="yes">
        <source>The number is too short (%n digits); an international number has at least %1.</source>
        <translation>
            <numerusform>El número es demasiado corto (%n dígito); un número internacional tiene al menos %1.</numerusform>
            <numerusform>El número es demasiado corto (%n dígitos); un número internacional tiene al menos %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A national number needs the country code; type +%1 before it.</source>
        <translation>Un número nacional necesita el código de país; escriba +%1 delante.</translation>
    </message>
    <message>
        <source>A national number needs the country code; type +%1 or %2 before it.</source>
        <translation>Un número nacional necesita el código de país; escriba +%1 o %2 delante.</translation>
    </message>
    <message numerus="yes">
        <source>The number is too long (%n digits); an international number has at most %1.</source>
        <translation>
            <numerusform>El número es demasiado largo (%n dígito); un número internacional tiene como máximo %1.</numerusform>
            <numerusform>El número es demasiado largo (%n dígitos); un número internacional tiene como máximo %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The country code is empty.</source>
        <translation>El código de país está vacío.</translation>
    </message>
    <message>
        <source>The country code &apos;%1&apos; must contain digits only.</source>
        <translation>El código de país &apos;%1&apos; solo debe contener dígitos.</translation>
    </message>
    <message>
        <source>The country code &apos;%1&apos; is too long; country codes have 1 to 3 digits.</source>
        <translation>El código de país &apos;%1&apos; es demasiado largo; los códigos de país tienen de 1 a 3 dígitos.</translation>
    </message>
    <message>
        <source>A country code cannot start with 0.</source>
        <translation>Un código de país no puede empezar por 0.</translation>
    </message>
    <message>
        <source>An international prefix cannot be empty.</source>
        <translation>Un prefijo internacional no puede estar vacío.</translation>
    </message>
    <message>
        <source>The international prefix &apos;%1&apos; must contain digits only.</source>
        <translation>El prefijo internacional &apos;%1&apos; solo debe contener dígitos.</translation>
    </message>
    <message>
        <source>The national prefix &apos;%1&apos; must contain digits only.</source>
        <translation>El prefijo nacional &apos;%1&apos; solo debe contener dígitos.</translation>
    </message>
    <message>
        <source>The national prefix &apos;%1&apos; is the same as an international prefix.</source>
        <translation>El prefijo nacional &apos;%1&apos; es igual que un prefijo internacional.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message numerus="yes">
        <source>%n call(s) in progress end now; they are billed up to now.</source>
        <translation>
            <numerusform>%n llamada en curso termina ahora; se factura hasta este momento.</numerusform>
            <numerusform>%n llamadas en curso terminan ahora; se facturan hasta este momento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found in %1: %2; nothing was imported. Fix the file and import it again.</source>
        <translation>Problemas encontrados en %1: %2; no se importó nada. Corrija el archivo e impórtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>DidTrigger</name>
    <message>
        <source>INVITE %1 from untrusted %2: 403</source>
        <translation>INVITE %1 desde %2 no fiable: 403</translation>
    </message>
    <message>
        <source>INVITE %1 from %2 (%3): no such DID, 404</source>
        <translation>INVITE %1 desde %2 (%3): no existe ese DID, 404</translation>
    </message>
    <message>
        <source>(no caller ID)</source>
        <translation>(sin identificador de llamada)</translation>
    </message>
    <message>
        <source>caller %1 is not a registered phone of subscriber %2</source>
        <translation>el llamante %1 no es un teléfono registrado del abonado %2</translation>
    </message>
    <message>
        <source>INVITE %1 from %2 (%3): 486, no callback: %4</source>
        <translation>INVITE %1 desde %2 (%3): 486, sin callback: %4</translation>
    </message>
    <message>
        <source>INVITE %1 from %2 (%3): 486, callback request #%4 for %5</source>
        <translation>INVITE %1 desde %2 (%3): 486, solicitud de callback #%4 para %5</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>suspendida por la alarma de fraude: %1</translation>
    </message>
    <message>
        <source> (account suspended)</source>
        <translation> (cuenta suspendida)</translation>
    </message>
    <message>
        <source>account %1 asked for %2 callbacks in the last hour (alarm above %3)</source>
        <translation>la cuenta %1 pidió %2 callbacks en la última hora (alarma por encima de %3)</translation>
    </message>
    <message>
        <source>account %1 spent %2 in the last hour (alarm above %3)</source>
        <translation>la cuenta %1 gastó %2 en la última hora (alarma por encima de %3)</translation>
    </message>
    <message>
        <source>account %1 called +%2 at %3 a minute (alarm above %4)</source>
        <translation>la cuenta %1 llamó a +%2 a %3 por minuto (alarma por encima de %4)</translation>
    </message>
    <message>
        <source>subscribers spent %1 in the last hour (alarm above %2)</source>
        <translation>los abonados gastaron %1 en la última hora (alarma por encima de %2)</translation>
    </message>
    <message>
        <source>gateway %1 answered %2 of %3 attempts in the last hour (alarm below %4 %)</source>
        <translation>la pasarela %1 contestó %2 de %3 intentos en la última hora (alarma por debajo del %4 %)</translation>
    </message>
</context>
<context>
    <name>GatewayModels</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>GatewayRepository</name>
    <message>
        <source>listing gateways</source>
        <translation>listando pasarelas</translation>
    </message>
    <message>
        <source>reading a gateway</source>
        <translation>leyendo una pasarela</translation>
    </message>
    <message>
        <source>adding gateway %1</source>
        <translation>añadiendo la pasarela %1</translation>
    </message>
    <message>
        <source>saving gateway %1</source>
        <translation>guardando la pasarela %1</translation>
    </message>
    <message>
        <source>Gateway #%1 does not exist.</source>
        <translation>La pasarela #%1 no existe.</translation>
    </message>
    <message>
        <source>deleting gateway #%1</source>
        <translation>borrando la pasarela #%1</translation>
    </message>
    <message>
        <source>listing routes</source>
        <translation>listando rutas</translation>
    </message>
    <message>
        <source>adding a route for prefix &apos;%1&apos;</source>
        <translation>añadiendo una ruta para el prefijo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>deleting route #%1</source>
        <translation>borrando la ruta #%1</translation>
    </message>
    <message>
        <source>Route #%1 does not exist.</source>
        <translation>La ruta #%1 no existe.</translation>
    </message>
    <message>
        <source>listing DIDs</source>
        <translation>listando DID</translation>
    </message>
    <message>
        <source>looking up a DID</source>
        <translation>buscando un DID</translation>
    </message>
    <message>
        <source>adding DID %1</source>
        <translation>añadiendo el DID %1</translation>
    </message>
    <message>
        <source>saving DID %1</source>
        <translation>guardando el DID %1</translation>
    </message>
    <message>
        <source>DID #%1 does not exist.</source>
        <translation>El DID #%1 no existe.</translation>
    </message>
    <message>
        <source>deleting DID #%1</source>
        <translation>borrando el DID #%1</translation>
    </message>
    <message>
        <source>reading the test carrier</source>
        <translation>leyendo el operador de prueba</translation>
    </message>
    <message>
        <source>pointing the test carrier at the test phones</source>
        <translation>dirigiendo el operador de prueba a los teléfonos de prueba</translation>
    </message>
    <message>
        <source>adding the test carrier</source>
        <translation>añadiendo el operador de prueba</translation>
    </message>
    <message>
        <source>listing a subscriber&apos;s DIDs</source>
        <translation>listando los DID de un abonado</translation>
    </message>
    <message>
        <source>reading a route</source>
        <translation>leyendo una ruta</translation>
    </message>
</context>
<context>
    <name>HostPort</name>
    <message>
        <source>%1 is not an IP address</source>
        <translation>%1 no es una dirección IP</translation>
    </message>
    <message>
        <source>port %1 is in use by another program</source>
        <translation>el puerto %1 lo usa otro programa</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer</source>
        <translation>%1 no es una dirección de este ordenador</translation>
    </message>
    <message>
        <source>port %1 needs administrator rights (ports below 1024 do)</source>
        <translation>el puerto %1 necesita permisos de administrador (los puertos por debajo de 1024 los necesitan)</translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <source>recording a balance change for subscriber #%1</source>
        <translation>registrando un cambio de saldo del abonado #%1</translation>
    </message>
    <message>
        <source>Subscriber #%1 does not exist.</source>
        <translation>El abonado #%1 no existe.</translation>
    </message>
    <message>
        <source>reading the ledger</source>
        <translation>leyendo el libro de saldos</translation>
    </message>
    <message>
        <source>adding up the ledger</source>
        <translation>sumando el libro de saldos</translation>
    </message>
    <message>
        <source>checking balances against the ledger</source>
        <translation>comprobando los saldos contra el libro</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Introduzca un importe.</translation>
    </message>
    <message>
        <source>A sign on its own is not an amount; type a number after it.</source>
        <translation>Un signo solo no es un importe; escriba un número tras él.</translation>
    </message>
    <message>
        <source>Type a number, not just a currency.</source>
        <translation>Escriba un número, no solo una moneda.</translation>
    </message>
    <message>
        <source>The amount has more than one decimal point (&apos;%1&apos;).</source>
        <translation>El importe tiene más de un separador decimal (&apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The grouping separator &apos;%1&apos; cannot come after the decimal point &apos;%2&apos;.</source>
        <translation>El separador de miles &apos;%1&apos; no puede ir tras el separador decimal &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may only appear at the start of the amount.</source>
        <translation>&apos;%1&apos; solo puede aparecer al principio del importe.</translation>
    </message>
    <message>
        <source>The amount cannot contain spaces.</source>
        <translation>El importe no puede contener espacios.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in an amount; use digits and &apos;%2&apos; as the decimal point.</source>
        <translation>&apos;%1&apos; no está permitido en un importe; use dígitos y &apos;%2&apos; como separador decimal.</translation>
    </message>
    <message>
        <source>The amount has no digits.</source>
        <translation>El importe no tiene dígitos.</translation>
    </message>
    <message>
        <source>The grouping separator &apos;%1&apos; is in the wrong place.</source>
        <translation>El separador de miles &apos;%1&apos; está en un lugar incorrecto.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>El importe es demasiado grande.</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <source>Enter the PIN printed on the card.</source>
        <translation>Introduzca el PIN impreso en la tarjeta.</translation>
    </message>
    <message>
        <source>A card PIN has digits only.</source>
        <translation>Un PIN de tarjeta solo tiene dígitos.</translation>
    </message>
    <message>
        <source>A card PIN has %1 to %2 digits; this one has %3.</source>
        <translation>Un PIN de tarjeta tiene de %1 a %2 dígitos; este tiene %3.</translation>
    </message>
    <message>
        <source>That PIN is not valid; check the digits and try again.</source>
        <translation>Ese PIN no es válido; revise los dígitos e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>PinKey</name>
    <message>
        <source>Cannot write the card PIN key %1: %2</source>
        <translation>No se puede escribir la clave de PIN de tarjetas %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the card PIN key %1: %2</source>
        <translation>No se puede leer la clave de PIN de tarjetas %1: %2</translation>
    </message>
    <message>
        <source>The card PIN key %1 is damaged: restore it from your backup.</source>
        <translation>La clave de PIN de tarjetas %1 está dañada: restáurela desde su copia.</translation>
    </message>
    <message>
        <source>The card PIN key %1 is missing, and cards exist: restore the key from the backup you made with the database. A new key would make every printed PIN worthless.</source>
        <translation>Falta la clave de PIN de tarjetas %1 y existen tarjetas: restaure la clave desde la copia que hizo con la base de datos. Una clave nueva dejaría sin valor todos los PIN impresos.</translation>
    </message>
</context>
<context>
    <name>PromptSet</name>
    <message>
        <source>Cannot read the prompt %1: %2</source>
        <translation>No se puede leer la locución %1: %2</translation>
    </message>
    <message>
        <source>The prompt %1 is %2 Hz, %3 channel(s); prompts must be 8000 Hz mono 16-bit PCM WAV. Convert it, e.g. with: sox in.wav -r 8000 -c 1 -b 16 out.wav</source>
        <translation>La locución %1 es de %2 Hz, %3 canal(es); las locuciones deben ser WAV PCM de 16 bits mono a 8000 Hz. Conviértala, p. ej. con: sox in.wav -r 8000 -c 1 -b 16 out.wav</translation>
    </message>
    <message>
        <source>The prompt %1 is truncated: %2 of %3 samples read</source>
        <translation>La locución %1 está truncada: leídas %2 de %3 muestras</translation>
    </message>
    <message>
        <source>The prompt folder %1 does not exist</source>
        <translation>La carpeta de locuciones %1 no existe</translation>
    </message>
    <message>
        <source>The prompt folder %1 holds no .wav files</source>
        <translation>La carpeta de locuciones %1 no contiene archivos .wav</translation>
    </message>
    <message>
        <source>No %1 IVR prompts (%2): subscribers speaking %1 hear English</source>
        <translation>Sin locuciones IVR en %1 (%2): los abonados de idioma %1 oyen inglés</translation>
    </message>
    <message>
        <source>The %1 IVR prompts are not used (%2): subscribers speaking %1 hear English</source>
        <translation>Las locuciones IVR en %1 no se usan (%2): los abonados de idioma %1 oyen inglés</translation>
    </message>
    <message>
        <source>The %1 IVR prompts lack these, which are spoken in English: %2</source>
        <translation>A las locuciones IVR en %1 les faltan estas, que se dicen en inglés: %2</translation>
    </message>
</context>
<context>
    <name>PublicAddress</name>
    <message>
        <source>&apos;%1&apos; is not an IP address or host name with an optional port; write it like 203.0.113.7, sip.example.com:5070 or [2001:db8::7]:5060.</source>
        <translation>&apos;%1&apos; no es una dirección IP ni un nombre de host con puerto opcional; escríbala como 203.0.113.7, sip.example.com:5070 o [2001:db8::7]:5060.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the port is the one the router forwards to the switch, 1 to 65535.</source>
        <translation>&apos;%1&apos;: el puerto es el que el router reenvía a la central, de 1 a 65535.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address others can reach the switch at; give the router&apos;s public address, such as 203.0.113.7.</source>
        <translation>&apos;%1&apos; no es una dirección en la que otros puedan alcanzar la central; indique la dirección pública del router, como 203.0.113.7.</translation>
    </message>
</context>
<context>
    <name>RateCache</name>
    <message>
        <source>Rate table #%1 does not exist.</source>
        <translation>La tabla de tarifas #%1 no existe.</translation>
    </message>
</context>
<context>
    <name>RateCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the sheet as UTF-8 (&quot;CSV UTF-8&quot; in Excel)</source>
        <translation>el texto no es UTF-8 válido; guarde la hoja como UTF-8 (&quot;CSV UTF-8&quot; en Excel)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; — only a comma, semicolon or tab can separate columns</source>
        <translation>&apos;%1&apos; — solo una coma, un punto y coma o un tabulador pueden separar columnas</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>tarifa</translation>
    </message>
    <message>
        <source>connect fee</source>
        <translation>cargo de conexión</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <source>grace</source>
        <translation>gracia</translation>
    </message>
    <message>
        <source>prefix is empty</source>
        <translation>el prefijo está vacío</translation>
    </message>
    <message>
        <source>prefix &apos;%1&apos; must contain only digits (a leading + and spaces or dashes are allowed)</source>
        <translation>el prefijo &apos;%1&apos; solo debe contener dígitos (se permiten un + inicial y espacios o guiones)</translation>
    </message>
    <message>
        <source>prefix &apos;%1&apos; has %2 digits; at most %3 are allowed</source>
        <translation>el prefijo &apos;%1&apos; tiene %2 dígitos; se permiten como máximo %3</translation>
    </message>
    <message>
        <source>prefix &apos;%1&apos; starts with 0; write the country code without an international access code, e.g. 44 rather than 0044</source>
        <translation>el prefijo &apos;%1&apos; empieza por 0; escriba el código de país sin prefijo de acceso internacional, p. ej. 44 en vez de 0044</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>el campo %1 está vacío</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation>%1 &apos;%2&apos; no es un número</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must not be negative</source>
        <translation>el valor &apos;%2&apos; de %1 no puede ser negativo</translation>
    </message>
    <message>
        <source>increment &apos;%1&apos; — both parts must be whole numbers from 1 to %2</source>
        <translation>incremento &apos;%1&apos; — ambas partes deben ser números enteros de 1 a %2</translation>
    </message>
    <message>
        <source>increment &apos;%1&apos; must be a whole number of seconds from 1 to %2, or first/next such as 60/60</source>
        <translation>el incremento &apos;%1&apos; debe ser un número entero de segundos de 1 a %2, o primero/siguiente como 60/60</translation>
    </message>
    <message>
        <source>first increment</source>
        <translation>primer incremento</translation>
    </message>
    <message>
        <source>next increment</source>
        <translation>incremento siguiente</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must be a whole number of seconds from 1 to %3</source>
        <translation>el valor &apos;%2&apos; de %1 debe ser un número entero de segundos de 1 a %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must be a whole number of seconds from 0 to %3</source>
        <translation>el valor &apos;%2&apos; de %1 debe ser un número entero de segundos de 0 a %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date; use YYYY-MM-DD, optionally with a time such as 2024-03-01 12:00 (UTC)</source>
        <translation>%1 &apos;%2&apos; no es una fecha; use YYYY-MM-DD, opcionalmente con una hora como 2024-03-01 12:00 (UTC)</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>válido desde</translation>
    </message>
    <message>
        <source>valid to</source>
        <translation>válido hasta</translation>
    </message>
    <message>
        <source>valid to &apos;%1&apos; must be after valid from &apos;%2&apos;</source>
        <translation>válido hasta &apos;%1&apos; debe ser posterior a válido desde &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a time from 00:00 to 24:00 (HH:MM)</source>
        <translation>%1 &apos;%2&apos; no es una hora de 00:00 a 24:00 (HH:MM)</translation>
    </message>
    <message>
        <source>time from</source>
        <translation>hora desde</translation>
    </message>
    <message>
        <source>time to</source>
        <translation>hora hasta</translation>
    </message>
    <message>
        <source>time from &apos;%1&apos; has no time to; give both ends of the window or neither</source>
        <translation>hora desde &apos;%1&apos; no tiene hora hasta; indique ambos extremos de la franja o ninguno</translation>
    </message>
    <message>
        <source>time to &apos;%1&apos; has no time from; give both ends of the window or neither</source>
        <translation>hora hasta &apos;%1&apos; no tiene hora desde; indique ambos extremos de la franja o ninguno</translation>
    </message>
    <message>
        <source>time from &apos;%1&apos; cannot be 24:00; use 00:00</source>
        <translation>hora desde &apos;%1&apos; no puede ser 24:00; use 00:00</translation>
    </message>
    <message>
        <source>time window %1-%2 is empty; leave both times out (or use 00:00-24:00) for the whole day</source>
        <translation>la franja horaria %1-%2 está vacía; omita ambas horas (o use 00:00-24:00) para el día entero</translation>
    </message>
    <message>
        <source>days &apos;%1&apos; — use day names such as Mon-Fri or Sat,Sun, or a mask such as 1111100 (Monday first)</source>
        <translation>días &apos;%1&apos; — use nombres de día como Mon-Fri o Sat,Sun, o una máscara como 1111100 (lunes primero)</translation>
    </message>
    <message>
        <source>days &apos;%1&apos; selects no day</source>
        <translation>días &apos;%1&apos; no selecciona ningún día</translation>
    </message>
    <message>
        <source>columns %1 (&apos;%2&apos;) and %3 (&apos;%4&apos;) both give the %5; keep only one</source>
        <translation>las columnas %1 (&apos;%2&apos;) y %3 (&apos;%4&apos;) dan ambas el campo %5; conserve solo una</translation>
    </message>
    <message>
        <source>the header has no %1 column (recognised names: %2)</source>
        <translation>la cabecera no tiene la columna %1 (nombres reconocidos: %2)</translation>
    </message>
    <message>
        <source>the header has both an increment column and first/next increment columns; keep one or the other</source>
        <translation>la cabecera tiene una columna de incremento y columnas de primer/siguiente incremento; conserve una u otras</translation>
    </message>
    <message>
        <source>a quoted field is not closed (a &apos;&quot;&apos; is missing)</source>
        <translation>un campo entre comillas no está cerrado (falta un &apos;&quot;&apos;)</translation>
    </message>
    <message>
        <source>no rates found</source>
        <translation>no se encontraron tarifas</translation>
    </message>
    <message>
        <source>expected at least 3 columns (prefix, destination, rate) but found %1</source>
        <translation>se esperaban al menos 3 columnas (prefijo, destino, tarifa) pero hay %1</translation>
    </message>
    <message>
        <source>prefix %1 already appears on line %2 with the same validity and hours</source>
        <translation>el prefijo %1 ya aparece en la línea %2 con la misma validez y horario</translation>
    </message>
</context>
<context>
    <name>RateRepository</name>
    <message>
        <source>listing rate tables</source>
        <translation>listando tablas de tarifas</translation>
    </message>
    <message>
        <source>reading a rate table</source>
        <translation>leyendo una tabla de tarifas</translation>
    </message>
    <message>
        <source>A rate table needs a name.</source>
        <translation>Una tabla de tarifas necesita un nombre.</translation>
    </message>
    <message>
        <source>creating rate table %1</source>
        <translation>creando la tabla de tarifas %1</translation>
    </message>
    <message>
        <source>deleting rate table #%1</source>
        <translation>borrando la tabla de tarifas #%1</translation>
    </message>
    <message>
        <source>Rate table #%1 does not exist.</source>
        <translation>La tabla de tarifas #%1 no existe.</translation>
    </message>
    <message>
        <source>reading rates</source>
        <translation>leyendo tarifas</translation>
    </message>
    <message>
        <source>saving the rates of %1</source>
        <translation>guardando las tarifas de %1</translation>
    </message>
    <message>
        <source>reading the rates revision</source>
        <translation>leyendo la revisión de tarifas</translation>
    </message>
    <message>
        <source>recording a rates change</source>
        <translation>registrando un cambio de tarifas</translation>
    </message>
</context>
<context>
    <name>RateService</name>
    <message>
        <source>Name the rate table to import into.</source>
        <translation>Indique la tabla de tarifas en la que importar.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 table, not %3.</source>
        <translation>&apos;%1&apos; es una tabla de %2, no de %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a new table: choose whether it is a sell plan (what subscribers pay) or a buy table (what a gateway charges).</source>
        <translation>&apos;%1&apos; es una tabla nueva: elija si es un plan de venta (lo que pagan los abonados) o una tabla de compra (lo que cobra una pasarela).</translation>
    </message>
    <message>
        <source>Rate table #%1 does not exist.</source>
        <translation>La tabla de tarifas #%1 no existe.</translation>
    </message>
    <message>
        <source>Name the sell plan to write.</source>
        <translation>Indique el plan de venta que escribir.</translation>
    </message>
    <message>
        <source>The sell plan must be a different table from %1.</source>
        <translation>El plan de venta debe ser una tabla distinta de %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a buy table; the markup tool writes sell plans.</source>
        <translation>&apos;%1&apos; es una tabla de compra; la herramienta de margen escribe planes de venta.</translation>
    </message>
    <message>
        <source>Made from %1 by the markup tool</source>
        <translation>Hecho a partir de %1 con la herramienta de margen</translation>
    </message>
</context>
<context>
    <name>RatesCommand</name>
    <message>
        <source>Name the rate table with --table (or --plan).</source>
        <translation>Indique la tabla de tarifas con --table (o --plan).</translation>
    </message>
    <message>
        <source>There is no rate table called &apos;%1&apos;; rates list shows them.</source>
        <translation>No hay ninguna tabla de tarifas llamada &apos;%1&apos;; rates list las muestra.</translation>
    </message>
    <message>
        <source>--%1 is missing.</source>
        <translation>Falta --%1.</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds from 0 to 86400.</source>
        <translation>--%1 debe ser un número de segundos de 0 a 86400.</translation>
    </message>
    <message>
        <source>--at &apos;%1&apos; is not a date and time; write it like 2026-03-04T18:30 (reseller&apos;s time zone) or 2026-03-04T18:30Z (UTC).</source>
        <translation>--at &apos;%1&apos; no es una fecha y hora; escríbala como 2026-03-04T18:30 (zona horaria del revendedor) o 2026-03-04T18:30Z (UTC).</translation>
    </message>
    <message>
        <source>, connect %1</source>
        <translation>, conexión %1</translation>
    </message>
    <message>
        <source>, minimum %1 s</source>
        <translation>, mínimo %1 s</translation>
    </message>
    <message>
        <source>, grace %1 s</source>
        <translation>, gracia %1 s</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Tarifa:</translation>
    </message>
    <message>
        <source>none: this destination is not in the plan</source>
        <translation>ninguna: este destino no está en el plan</translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation>Contestada:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Charged:</source>
        <translation>Cobrado:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Precio:</translation>
    </message>
    <message>
        <source>Buy rate:</source>
        <translation>Tarifa de compra:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Coste:</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>Profit:</source>
        <translation>Beneficio:</translation>
    </message>
    <message>
        <source>unknown: no buy rate for this number</source>
        <translation>desconocido: no hay tarifa de compra para este número</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>MONEDA</translation>
    </message>
    <message>
        <source>RATES</source>
        <translation>TARIFAS</translation>
    </message>
    <message>
        <source>rates import needs exactly one CSV file.</source>
        <translation>rates import necesita exactamente un archivo CSV.</translation>
    </message>
    <message>
        <source>Name the rate table to fill with --table.</source>
        <translation>Indique la tabla de tarifas que llenar con --table.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>--kind must be sell or buy.</source>
        <translation>--kind debe ser sell o buy.</translation>
    </message>
    <message numerus="yes">
        <source>rebound-switch: %n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>rebound-switch: se encontró %n problema; no se importó nada.</numerusform>
            <numerusform>rebound-switch: se encontraron %n problemas; no se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 rates into %2 (replacing %3).</source>
        <translation>Se importaron %1 tarifas en %2 (reemplazando %3).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 rates of %2 to %3.</source>
        <translation>Se escribieron %1 tarifas de %2 en %3.</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>--callback needs --account CODE (whose plan and credit to use).</source>
        <translation>--callback necesita --account CODE (cuyo plan y crédito usar).</translation>
    </message>
    <message>
        <source>There is no subscriber with account code %1.</source>
        <translation>No hay ningún abonado con el código de cuenta %1.</translation>
    </message>
    <message>
        <source>Subscriber %1 has no sell plan.</source>
        <translation>El abonado %1 no tiene plan de venta.</translation>
    </message>
    <message>
        <source>%1 is not in subscriber %2&apos;s plan.</source>
        <translation>%1 no está en el plan del abonado %2.</translation>
    </message>
    <message>
        <source>Subscriber %1 cannot afford this call: %2 available.</source>
        <translation>El abonado %1 no puede pagar esta llamada: %2 disponible.</translation>
    </message>
    <message>
        <source>Longest talk time: %1 s (%2:%3) for %4 of %5 available.</source>
        <translation>Tiempo de conversación máximo: %1 s (%2:%3) por %4 de %5 disponible.</translation>
    </message>
    <message>
        <source>Leg A (callback)</source>
        <translation>Tramo A (callback)</translation>
    </message>
    <message>
        <source>Leg B (destination)</source>
        <translation>Tramo B (destino)</translation>
    </message>
    <message>
        <source>Total price %1, cost %2, profit %3</source>
        <translation>Precio total %1, coste %2, beneficio %3</translation>
    </message>
    <message>
        <source>must not be negative.</source>
        <translation>no puede ser negativo.</translation>
    </message>
    <message>
        <source>Name the sell plan to write with --to.</source>
        <translation>Indique con --to el plan de venta que escribir.</translation>
    </message>
    <message>
        <source>--increments must look like 30/6 (seconds, 1 to 3600).</source>
        <translation>--increments debe tener la forma 30/6 (segundos, de 1 a 3600).</translation>
    </message>
    <message>
        <source>Wrote %1 sell rates to %2.</source>
        <translation>Se escribieron %1 tarifas de venta en %2.</translation>
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
        <translation>Uso: rebound-switch [--db PATH] [--json] rates SUBCOMMAND

  list [--table NAME [--search TEXT]]   tablas, o las tarifas de una
  import FILE --table NAME [--kind sell|buy] [--currency CODE]
                                        reemplaza las tarifas de una tabla desde un CSV
                                        del operador; un archivo con alguna fila errónea
                                        no cambia nada
  export --table NAME [--output FILE]   CSV a stdout o a un archivo
  quote --plan NAME --number N --seconds S [--at TIME] [--buy TABLE]
  quote --account CODE --callback A --destination B --seconds-a SA --seconds-b SB
  quote --account CODE --callback A --destination B --seconds-a SA --max-talk
                                        tiempo de conversación máximo que la cuenta
                                        puede pagar ahora
  markup --from BUY --to SELL [--percent 60] [--fixed 0.002] [--step 0.001]
         [--increments 30/6]            crea un plan de venta desde una tabla de compra
  delete --table NAME

--at admite 2026-03-04T18:30 (zona horaria de facturación) o 2026-03-04T18:30Z (UTC).
El coste de una cotización es la tabla de compra de la pasarela que la central marcaría
primero (prefijo de ruta más largo, luego prioridad, luego menor coste); --buy tarifica
con otra.
</translation>
    </message>
    <message>
        <source>Rate table name.</source>
        <translation>Nombre de la tabla de tarifas.</translation>
    </message>
    <message>
        <source>Prefix or destination text.</source>
        <translation>Texto de prefijo o destino.</translation>
    </message>
    <message>
        <source>sell or buy.</source>
        <translation>sell o buy.</translation>
    </message>
    <message>
        <source>ISO currency code.</source>
        <translation>Código ISO de moneda.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Archivo de salida.</translation>
    </message>
    <message>
        <source>Sell plan name.</source>
        <translation>Nombre del plan de venta.</translation>
    </message>
    <message>
        <source>Buy table name.</source>
        <translation>Nombre de la tabla de compra.</translation>
    </message>
    <message>
        <source>Number to price.</source>
        <translation>Número que tarificar.</translation>
    </message>
    <message>
        <source>Answered seconds.</source>
        <translation>Segundos contestados.</translation>
    </message>
    <message>
        <source>Time of the call.</source>
        <translation>Hora de la llamada.</translation>
    </message>
    <message>
        <source>Account code.</source>
        <translation>Código de cuenta.</translation>
    </message>
    <message>
        <source>Callback number (leg A).</source>
        <translation>Número de callback (tramo A).</translation>
    </message>
    <message>
        <source>Destination (leg B).</source>
        <translation>Destino (tramo B).</translation>
    </message>
    <message>
        <source>Leg A seconds.</source>
        <translation>Segundos del tramo A.</translation>
    </message>
    <message>
        <source>Leg B seconds.</source>
        <translation>Segundos del tramo B.</translation>
    </message>
    <message>
        <source>Print the longest affordable talk time.</source>
        <translation>Imprimir el tiempo de conversación máximo que se puede pagar.</translation>
    </message>
    <message>
        <source>Buy table to mark up.</source>
        <translation>Tabla de compra a la que aplicar el margen.</translation>
    </message>
    <message>
        <source>Sell plan to write.</source>
        <translation>Plan de venta que escribir.</translation>
    </message>
    <message>
        <source>Margin in percent.</source>
        <translation>Margen en porcentaje.</translation>
    </message>
    <message>
        <source>Fixed margin per minute.</source>
        <translation>Margen fijo por minuto.</translation>
    </message>
    <message>
        <source>Round sell rates up to this step.</source>
        <translation>Redondear las tarifas de venta hacia arriba a este paso.</translation>
    </message>
    <message>
        <source>Sell increments, e.g. 30/6.</source>
        <translation>Incrementos de venta, p. ej. 30/6.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Run rebound-switch rates --help.</source>
        <translation>Ejecute rebound-switch rates --help.</translation>
    </message>
    <message>
        <source>Deleted rate table %1.</source>
        <translation>Tabla de tarifas %1 borrada.</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>reading call records</source>
        <translation>leyendo registros de llamada</translation>
    </message>
    <message>
        <source>reading a call record</source>
        <translation>leyendo un registro de llamada</translation>
    </message>
    <message>
        <source>adding up calls</source>
        <translation>sumando llamadas</translation>
    </message>
    <message>
        <source>adding up calls by group</source>
        <translation>sumando llamadas por grupo</translation>
    </message>
    <message>
        <source>adding up calls over time</source>
        <translation>sumando llamadas en el tiempo</translation>
    </message>
    <message>
        <source>counting failed calls</source>
        <translation>contando llamadas fallidas</translation>
    </message>
    <message>
        <source>adding up the ledger&apos;s call charges</source>
        <translation>sumando los cargos de llamada del libro</translation>
    </message>
    <message>
        <source>counting callback requests</source>
        <translation>contando solicitudes de callback</translation>
    </message>
    <message>
        <source>counting calls in progress</source>
        <translation>contando llamadas en curso</translation>
    </message>
    <message>
        <source>finding low balances</source>
        <translation>buscando saldos bajos</translation>
    </message>
    <message>
        <source>listing hang-up reasons</source>
        <translation>listando motivos de cuelgue</translation>
    </message>
</context>
<context>
    <name>ReportsCommand</name>
    <message>
        <source>--%1 is missing: a report covers --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>Falta --%1: un informe abarca --from YYYY-MM-DD --to YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--to: %1 is before --from %2.</source>
        <translation>--to: %1 es anterior a --from %2.</translation>
    </message>
    <message>
        <source>--account: there is no subscriber with account code %1; accounts list shows them.</source>
        <translation>--account: no hay ningún abonado con el código de cuenta %1; accounts list los muestra.</translation>
    </message>
    <message>
        <source>--destination: give a number&apos;s start such as +44, or part of a destination&apos;s name.</source>
        <translation>--destination: indique el comienzo de un número, como +44, o parte del nombre de un destino.</translation>
    </message>
    <message>
        <source>No calls match.
</source>
        <translation>Ninguna llamada coincide.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>START</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation>DISPARO</translation>
    </message>
    <message>
        <source>CALLBACK</source>
        <translation>CALLBACK</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>DESTINO</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>TALK S</source>
        <translation>CONV. S</translation>
    </message>
    <message>
        <source>SELL</source>
        <translation>VENTA</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>COSTE</translation>
    </message>
    <message>
        <source>PROFIT</source>
        <translation>BENEFICIO</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), newest first; times in %1.</source>
        <translation>
            <numerusform>%n llamada, la más reciente primero; horas en %1.</numerusform>
            <numerusform>%n llamadas, las más recientes primero; horas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source> There are more; --limit N shows N.</source>
        <translation> Hay más; --limit N muestra N.</translation>
    </message>
    <message>
        <source> via %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <source>%1 s charged, sell %2, cost %3</source>
        <translation>%1 s cobrados, venta %2, coste %3</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Llamada:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Fin:</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(abierta)</translation>
    </message>
    <message>
        <source>Subscriber:</source>
        <translation>Abonado:</translation>
    </message>
    <message>
        <source>Trigger:</source>
        <translation>Disparo:</translation>
    </message>
    <message>
        <source>Callback:</source>
        <translation>Callback:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destino:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Hang-up:</source>
        <translation>Cuelgue:</translation>
    </message>
    <message>
        <source>Talk:</source>
        <translation>Conversación:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Leg A:</source>
        <translation>Tramo A:</translation>
    </message>
    <message>
        <source>Leg B:</source>
        <translation>Tramo B:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>sell %1, cost %2, profit %3</source>
        <translation>venta %1, coste %2, beneficio %3</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Cronología:</translation>
    </message>
    <message>
        <source>cdrs show takes a call&apos;s id (cdrs list shows them), not &apos;%1&apos;.</source>
        <translation>cdrs show recibe el id de una llamada (cdrs list los muestra), no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no call %1; cdrs list shows the calls.</source>
        <translation>No existe la llamada %1; cdrs list muestra las llamadas.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n call(s) to %1.
</source>
        <translation>
            <numerusform>Se escribió %n llamada en %1.
</numerusform>
            <numerusform>Se escribieron %n llamadas en %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Callbacks requested:</source>
        <translation>Callbacks pedidos:</translation>
    </message>
    <message>
        <source>%1, completed %2</source>
        <translation>%1, completados %2</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Llamadas:</translation>
    </message>
    <message>
        <source>%1, answered %2 (ASR %3 %)</source>
        <translation>%1, contestadas %2 (ASR %3 %)</translation>
    </message>
    <message>
        <source>Talk time:</source>
        <translation>Tiempo de conversación:</translation>
    </message>
    <message>
        <source>%1 s (ACD %2 s)</source>
        <translation>%1 s (ACD %2 s)</translation>
    </message>
    <message>
        <source>Paid minutes:</source>
        <translation>Minutos pagados:</translation>
    </message>
    <message>
        <source>Revenue:</source>
        <translation>Ingresos:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Coste:</translation>
    </message>
    <message>
        <source>Profit:</source>
        <translation>Beneficio:</translation>
    </message>
    <message>
        <source>%1 (margin %2 %)</source>
        <translation>%1 (margen %2 %)</translation>
    </message>
    <message>
        <source>Ledger call charges:</source>
        <translation>Cargos de llamada en el libro:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Profit by %1, %2 (%3)

</source>
        <translation>Beneficio por %1, %2 (%3)

</translation>
    </message>
    <message>
        <source>LEGS</source>
        <translation>TRAMOS</translation>
    </message>
    <message>
        <source>CALLS</source>
        <translation>LLAMADAS</translation>
    </message>
    <message>
        <source>ANSWERED</source>
        <translation>CONTESTADAS</translation>
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
        <translation>MIN PAGADOS</translation>
    </message>
    <message>
        <source>REVENUE</source>
        <translation>INGRESOS</translation>
    </message>
    <message>
        <source>MARGIN %</source>
        <translation>MARGEN %</translation>
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
        <translation>Uso: rebound-switch [--db PATH] [--json] cdrs SUBCOMMAND

  list [--from DATE] [--to DATE] [--account CODE] [--destination PREFIX|TEXT] [--limit N]
                    las llamadas, las más recientes primero (50 salvo que --limit diga más)
  show ID           una llamada: las cifras de ambos tramos y su cronología
  export [--from DATE] [--to DATE] [--account CODE] [--destination PREFIX|TEXT]
         [--output FILE]
                    CSV, una fila por llamada con ambos tramos en columnas (stdout sin
                    --output)

DATE es YYYY-MM-DD, un día local en la zona horaria de facturación (ajuste billing.timezone);
se incluyen ambos días. --destination: los dígitos coinciden con el comienzo del número
(+44 7700), otro texto con parte del nombre del destino.
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
        <translation>Uso: rebound-switch [--db PATH] [--json] reports REPORT --from DATE --to DATE

  summary       callbacks pedidos y completados, llamadas, contestadas, tiempo de
                conversación, minutos pagados, ingresos, coste, beneficio, margen, ASR, ACD
  destinations  beneficio por destino
  gateways      beneficio por pasarela, el lado de compra (cuenta tramos: cada intento se
                compra a la pasarela que lo llevó)
  subscribers   beneficio por abonado
  triggers      beneficio por disparo (DID, LGW, SMS, web, API, consola)

DATE es YYYY-MM-DD, un día local en la zona horaria de facturación (ajuste billing.timezone);
se incluyen ambos días. El dinero en --json es una cadena decimal.
</translation>
    </message>
    <message>
        <source>cdrs show needs a call&apos;s id (cdrs list shows them).</source>
        <translation>cdrs show necesita el id de una llamada (cdrs list los muestra).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cdrs subcommand; use list, show or export.</source>
        <translation>&apos;%1&apos; no es un subcomando de cdrs; use list, show o export.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a report; use summary, destinations, gateways, subscribers or triggers.</source>
        <translation>&apos;%1&apos; no es un informe; use summary, destinations, gateways, subscribers o triggers.</translation>
    </message>
</context>
<context>
    <name>RootGuard</name>
    <message>
        <source>%1 belongs to the user %2; run as root, rebound-switch would leave files owned by root beside it that the switch cannot open. Run the command as %2 instead: runuser -u %2 -- rebound-switch --db %1 …</source>
        <translation>%1 pertenece al usuario %2; ejecutado como root, rebound-switch dejaría a su lado archivos de root que la central no puede abrir. Ejecute la orden como %2: runuser -u %2 -- rebound-switch --db %1 …</translation>
    </message>
</context>
<context>
    <name>RouteRepository</name>
    <message>
        <source>finding the routes for %1</source>
        <translation>buscando las rutas para %1</translation>
    </message>
</context>
<context>
    <name>Sdp</name>
    <message>
        <source>The SDP body is empty</source>
        <translation>El cuerpo SDP está vacío</translation>
    </message>
    <message>
        <source>The SDP has no m= line</source>
        <translation>El SDP no tiene línea m=</translation>
    </message>
    <message>
        <source>SDP stream %1 (%2) has no connection address</source>
        <translation>El flujo SDP %1 (%2) no tiene dirección de conexión</translation>
    </message>
    <message>
        <source>No common audio codec: the switch speaks PCMU and PCMA only</source>
        <translation>Ningún códec de audio en común: la central solo habla PCMU y PCMA</translation>
    </message>
    <message>
        <source>The SDP has no active audio stream</source>
        <translation>El SDP no tiene ningún flujo de audio activo</translation>
    </message>
    <message>
        <source>SDP stream %1 has an unusable connection address: &quot;%2&quot;</source>
        <translation>El flujo SDP %1 tiene una dirección de conexión inutilizable: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>SDP stream %1: %2 is not a port number</source>
        <translation>Flujo SDP %1: %2 no es un número de puerto</translation>
    </message>
    <message>
        <source>SDP must start with v=0</source>
        <translation>El SDP debe empezar por v=0</translation>
    </message>
    <message>
        <source>The SDP could not be read: %1</source>
        <translation>No se pudo leer el SDP: %1</translation>
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
        <translation>Uso: rebound-switch [--db PATH] serve [--sip-listen ADDR:PORT] [--web-listen ADDR:PORT|off]

Ejecuta la central hasta SIGINT (Ctrl+C) o SIGTERM. SIP escucha en el ajuste sip.listen
(por defecto 127.0.0.1:5060) salvo que --sip-listen diga otra cosa; el portal web en
web.listen (por defecto 127.0.0.1:8080) salvo que lo diga --web-listen.
</translation>
    </message>
    <message>
        <source>serve takes no argument &apos;%1&apos;.</source>
        <translation>serve no admite el argumento &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>serve needs an application event loop.</source>
        <translation>serve necesita un bucle de eventos de aplicación.</translation>
    </message>
    <message>
        <source>rebound-switch: %1 database %2 (schema version %3, %4 subscribers)</source>
        <translation>rebound-switch: base de datos %2 %1 (versión de esquema %3, %4 abonados)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creada</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>rebound-switch: running, SIP on %1; stop with Ctrl+C or SIGTERM</source>
        <translation>rebound-switch: en marcha, SIP en %1; detenga con Ctrl+C o SIGTERM</translation>
    </message>
    <message>
        <source>rebound-switch: received %1, stopping</source>
        <translation>rebound-switch: recibido %1, deteniendo</translation>
    </message>
    <message>
        <source>rebound-switch: stopped cleanly</source>
        <translation>rebound-switch: detenida limpiamente</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>reading setting %1</source>
        <translation>leyendo el ajuste %1</translation>
    </message>
    <message>
        <source>saving setting %1</source>
        <translation>guardando el ajuste %1</translation>
    </message>
    <message>
        <source>removing setting %1</source>
        <translation>quitando el ajuste %1</translation>
    </message>
    <message>
        <source>reading settings</source>
        <translation>leyendo ajustes</translation>
    </message>
</context>
<context>
    <name>SmsHttpEndpoint</name>
    <message>
        <source>Use GET or POST for /sms.</source>
        <translation>Use GET o POST para /sms.</translation>
    </message>
    <message>
        <source>Too many requests from this address; try again shortly.</source>
        <translation>Demasiadas solicitudes desde esta dirección; inténtelo de nuevo en breve.</translation>
    </message>
    <message>
        <source>The HTTP SMS gateway endpoint is disabled: the operator enables it with &apos;rebound-switch sms-http secret&apos;.</source>
        <translation>El punto de pasarela SMS por HTTP está desactivado: el operador lo activa con &apos;rebound-switch sms-http secret&apos;.</translation>
    </message>
    <message>
        <source>Wrong or missing secret.</source>
        <translation>Secreto erróneo o ausente.</translation>
    </message>
    <message>
        <source>Missing the sender&apos;s number: send it as %1.</source>
        <translation>Falta el número del remitente: envíelo como %1.</translation>
    </message>
    <message>
        <source>Missing the message text: send it as %1.</source>
        <translation>Falta el texto del mensaje: envíelo como %1.</translation>
    </message>
    <message>
        <source>The sender is longer than %1 characters.</source>
        <translation>El remitente tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters.</source>
        <translation>El mensaje tiene más de %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>SmsParser</name>
    <message>
        <source>Send: ACCOUNT CALLBACK-NUMBER DESTINATION, BALANCE, or RECHARGE PIN.</source>
        <translation>Envíe: CUENTA NÚMERO-CALLBACK DESTINO, BALANCE o RECHARGE PIN.</translation>
    </message>
    <message>
        <source>Write PIN and then the account&apos;s PIN, e.g. 1001 PIN 123456 +12025550147.</source>
        <translation>Escriba PIN y luego el PIN de la cuenta, p. ej. 1001 PIN 123456 +12025550147.</translation>
    </message>
    <message>
        <source>The message is empty. %1</source>
        <translation>El mensaje está vacío. %1</translation>
    </message>
    <message>
        <source>The message is too long. %1</source>
        <translation>El mensaje es demasiado largo. %1</translation>
    </message>
    <message>
        <source>Send BALANCE, or BALANCE and your account code (and PIN 123456 with your PIN from another phone).</source>
        <translation>Envíe BALANCE, o BALANCE y su código de cuenta (y PIN 123456 con su PIN desde otro teléfono).</translation>
    </message>
    <message>
        <source>Send RECHARGE followed by the PIN printed on the card.</source>
        <translation>Envíe RECHARGE seguido del PIN impreso en la tarjeta.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an account code. %2</source>
        <translation>&apos;%1&apos; no es un código de cuenta. %2</translation>
    </message>
    <message>
        <source>Add the number to call after your account code.</source>
        <translation>Añada el número al que llamar tras su código de cuenta.</translation>
    </message>
    <message>
        <source>Too many words. %1</source>
        <translation>Demasiadas palabras. %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number.</source>
        <translation>&apos;%1&apos; no es un número de teléfono.</translation>
    </message>
</context>
<context>
    <name>SmsService</name>
    <message>
        <source>Sorry, we could not take your text just now. Please try again in a minute.</source>
        <translation>Lo sentimos, no pudimos recibir su mensaje ahora. Inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
        <source>SMS from %1 via %2 not read: %3</source>
        <translation>SMS de %1 por %2 no leído: %3</translation>
    </message>
    <message>
        <source>SMS from %1 via %2: &quot;%3&quot; -&gt; &quot;%4&quot;</source>
        <translation>SMS de %1 por %2: &quot;%3&quot; -&gt; &quot;%4&quot;</translation>
    </message>
</context>
<context>
    <name>SmsTrigger</name>
    <message>
        <source>This phone is not registered to an account.</source>
        <translation>Este teléfono no está registrado en ninguna cuenta.</translation>
    </message>
    <message>
        <source>Account %1: balance %2.</source>
        <translation>Cuenta %1: saldo %2.</translation>
    </message>
    <message>
        <source>This phone is not registered to an account, so the card cannot be used from it.</source>
        <translation>Este teléfono no está registrado en ninguna cuenta, así que la tarjeta no se puede usar desde él.</translation>
    </message>
    <message>
        <source>Added %1. Account %2 balance: %3.</source>
        <translation>Añadido %1. Saldo de la cuenta %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Inténtelo de nuevo en %n minuto.</numerusform>
            <numerusform>Demasiados intentos fallidos. Inténtelo de nuevo en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This phone is not registered to that account, or the PIN is wrong. From another phone, add the PIN: ACCOUNT PIN 123456 NUMBER.</source>
        <translation>Este teléfono no está registrado en esa cuenta, o el PIN es erróneo. Desde otro teléfono, añada el PIN: CUENTA PIN 123456 NÚMERO.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>OK: we will call you on %1 and connect you to %2.</source>
        <translation>OK: le llamaremos al %1 y le conectaremos con el %2.</translation>
    </message>
    <message>
        <source>Sorry, no callback: %1.</source>
        <translation>Lo sentimos, no hay callback: %1.</translation>
    </message>
    <message>
        <source>That card PIN cannot be used. Check it and try again.</source>
        <translation>Ese PIN de tarjeta no se puede usar. Revíselo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This card has already been used.</source>
        <translation>Esta tarjeta ya se ha usado.</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>Esta tarjeta ha caducado.</translation>
    </message>
    <message>
        <source>This card has been cancelled.</source>
        <translation>Esta tarjeta ha sido anulada.</translation>
    </message>
    <message>
        <source>This is a prepaid calling card: activate it on the portal to get a new account.</source>
        <translation>Esta es una tarjeta prepago de llamadas: actívela en el portal para obtener una cuenta nueva.</translation>
    </message>
    <message>
        <source>This account cannot be topped up; it is closed.</source>
        <translation>Esta cuenta no se puede recargar; está cerrada.</translation>
    </message>
    <message>
        <source>Not repeated: %1. Please wait.</source>
        <translation>No repetido: %1. Espere, por favor.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>%1: %2 is already in use.</source>
        <translation>%1: %2 ya está en uso.</translation>
    </message>
    <message>
        <source>%1: other records still refer to it, or it refers to a record that does not exist.</source>
        <translation>%1: otros registros aún hacen referencia a él, o hace referencia a un registro que no existe.</translation>
    </message>
    <message>
        <source>%1: %2 must not be empty.</source>
        <translation>%1: %2 no puede estar vacío.</translation>
    </message>
    <message>
        <source>%1: the value breaks the rule %2.</source>
        <translation>%1: el valor incumple la regla %2.</translation>
    </message>
    <message>
        <source>%1: database error: %2</source>
        <translation>%1: error de base de datos: %2</translation>
    </message>
    <message>
        <source>%1, which this version of Rebound does not know: the database was changed outside Rebound or by a newer version. Open it with the version that wrote it.</source>
        <translation>%1, que esta versión de Rebound no conoce: la base de datos se modificó fuera de Rebound o con una versión más reciente. Ábrala con la versión que la escribió.</translation>
    </message>
</context>
<context>
    <name>TestCalls</name>
    <message>
        <source>The kind of test callback is did, sms, web or api, not &apos;%1&apos;.</source>
        <translation>El tipo de callback de prueba es did, sms, web o api, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no subscriber %1.</source>
        <translation>No existe el abonado %1.</translation>
    </message>
    <message>
        <source>Subscriber %1 is not active.</source>
        <translation>El abonado %1 no está activo.</translation>
    </message>
    <message>
        <source>Subscriber %1 has no callback number for phone A.</source>
        <translation>El abonado %1 no tiene número de callback para el teléfono A.</translation>
    </message>
    <message>
        <source>The destination: %1</source>
        <translation>El destino: %1</translation>
    </message>
    <message>
        <source>The destination is the subscriber&apos;s own callback number.</source>
        <translation>El destino es el propio número de callback del abonado.</translation>
    </message>
    <message>
        <source>Subscriber %1 has no DID to ring.</source>
        <translation>El abonado %1 no tiene ningún DID al que llamar.</translation>
    </message>
    <message>
        <source>Call #%1 (test call), %2</source>
        <translation>Llamada #%1 (llamada de prueba), %2</translation>
    </message>
    <message>
        <source>Call #%1, %2</source>
        <translation>Llamada #%1, %2</translation>
    </message>
    <message>
        <source>  leg %1 %2 via %3: SIP %4, %5 talked, %6 s charged, price %7, cost %8</source>
        <translation>  tramo %1 %2 por %3: SIP %4, %5 de conversación, %6 s cobrados, precio %7, coste %8</translation>
    </message>
    <message>
        <source>Price %1, cost %2, profit %3</source>
        <translation>Precio %1, coste %2, beneficio %3</translation>
    </message>
    <message>
        <source>Charged to %1: %2; balance now %3</source>
        <translation>Cargado a %1: %2; saldo ahora %3</translation>
    </message>
</context>
<context>
    <name>TryCommand</name>
    <message>
        <source>The subscriber to call back (its account code).</source>
        <translation>El abonado al que devolver la llamada (su código de cuenta).</translation>
    </message>
    <message>
        <source>The number phone B answers.</source>
        <translation>El número que contesta el teléfono B.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 120).</source>
        <translation>Abandonar tras este número de segundos (por defecto 120).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
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
        <translation>Uso: rebound-switch [--db PATH] try did|sms|web|api --account CODE --destination NUMBER
                      [--talk S] [--timeout S]

Hace un callback de prueba completo con los teléfonos de prueba integrados: el teléfono A es
el número de callback del abonado, el teléfono B el destino, ambos teléfonos SIP reales en
127.0.0.1 alcanzados por el operador de prueba, que ninguna llamada real usa. did: A llama al
DID del abonado y marca el destino en el IVR; sms: A envía por SMS la solicitud de callback;
web y api: la solicitud que harían el portal o la API. Ambos teléfonos contestan, hablan y A
cuelga. Imprime cada paso, luego el registro de llamada (una llamada de prueba, facturada al
abonado como cualquier llamada) y el cargo. Arranca su propia central sobre la base de datos:
detenga antes la que esté en marcha.
</translation>
    </message>
    <message>
        <source>try needs an application event loop.</source>
        <translation>try necesita un bucle de eventos de aplicación.</translation>
    </message>
    <message>
        <source>--talk is 0 to 3600 seconds.</source>
        <translation>--talk es de 0 a 3600 segundos.</translation>
    </message>
    <message>
        <source>--timeout is a number of seconds.</source>
        <translation>--timeout es un número de segundos.</translation>
    </message>
    <message>
        <source>Switch on %1</source>
        <translation>Central en %1</translation>
    </message>
    <message>
        <source>Seconds A and B stay connected (default 5).</source>
        <translation>Segundos que A y B siguen conectados (por defecto 5).</translation>
    </message>
    <message>
        <source>the test call did not end within %1 s</source>
        <translation>la llamada de prueba no terminó en %1 s</translation>
    </message>
</context>
<context>
    <name>WebPortal</name>
    <message>
        <source>Too many requests from your address; wait a moment.</source>
        <translation>Demasiadas solicitudes desde su dirección; espere un momento.</translation>
    </message>
    <message>
        <source>Something went wrong on our side. Please try again in a moment.</source>
        <translation>Algo salió mal por nuestra parte. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Please try again</source>
        <translation>Inténtelo de nuevo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>This form was out of date or did not come from this site. Nothing was changed.</source>
        <translation>Este formulario estaba caducado o no venía de este sitio. No se cambió nada.</translation>
    </message>
    <message>
        <source>Method not allowed.</source>
        <translation>Método no permitido.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión ha terminado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>ID de socio</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Have a prepaid calling card? Activate it</source>
        <translation>¿Tiene una tarjeta prepago de llamadas? Actívela</translation>
    </message>
    <message>
        <source>The sign-in form had expired. Please try again.</source>
        <translation>El formulario de acceso había caducado. Inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados accesos fallidos. Inténtelo de nuevo en %n minuto.</numerusform>
            <numerusform>Demasiados accesos fallidos. Inténtelo de nuevo en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The member ID or password is not right.</source>
        <translation>El ID de socio o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Socio %1</translation>
    </message>
    <message>
        <source>%1 held by calls in progress</source>
        <translation>%1 retenido por llamadas en curso</translation>
    </message>
    <message>
        <source>Your balance</source>
        <translation>Su saldo</translation>
    </message>
    <message>
        <source>Call me back</source>
        <translation>Llámeme</translation>
    </message>
    <message>
        <source>Call me back on</source>
        <translation>Llámeme al</translation>
    </message>
    <message>
        <source>Then connect me to</source>
        <translation>Luego conécteme con</translation>
    </message>
    <message>
        <source>Numbers in international form, such as +44 20 7946 0958. We ring your phone first; answer it, and we connect you.</source>
        <translation>Números en formato internacional, como +44 20 7946 0958. Primero llamamos a su teléfono; conteste y le conectamos.</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <source>Call me back on: %1</source>
        <translation>Llámeme al: %1</translation>
    </message>
    <message>
        <source>Connect me to: %1</source>
        <translation>Conécteme con: %1</translation>
    </message>
    <message>
        <source>Your account has no price plan yet; please contact us.</source>
        <translation>Su cuenta aún no tiene plan de precios; contacte con nosotros.</translation>
    </message>
    <message>
        <source>We cannot call %1 on your plan.</source>
        <translation>No podemos llamar al %1 con su plan.</translation>
    </message>
    <message>
        <source>Calls to %1 are not in your plan.</source>
        <translation>Las llamadas al %1 no están en su plan.</translation>
    </message>
    <message>
        <source>Your balance is too low for a call to %1. Please top up first.</source>
        <translation>Su saldo es demasiado bajo para una llamada al %1. Recargue primero.</translation>
    </message>
    <message>
        <source>A callback to this phone is already in progress or was asked for a moment ago. Please wait a minute.</source>
        <translation>Ya hay un callback a este teléfono en curso o se pidió hace un momento. Espere un minuto.</translation>
    </message>
    <message>
        <source>No callback: %1.</source>
        <translation>Ningún callback: %1.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>There is no such callback request.</source>
        <translation>No existe esa solicitud de callback.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Answer your phone and listen.</source>
        <translation>Conteste su teléfono y escuche.</translation>
    </message>
    <message>
        <source>Your phone did not answer; we will try again shortly.</source>
        <translation>Su teléfono no contestó; lo intentaremos de nuevo en breve.</translation>
    </message>
    <message>
        <source>We are about to ring your phone.</source>
        <translation>Estamos a punto de llamar a su teléfono.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>the number you key in</source>
        <translation>el número que usted marque</translation>
    </message>
    <message>
        <source>Back to your account</source>
        <translation>Volver a su cuenta</translation>
    </message>
    <message>
        <source>Your callback</source>
        <translation>Su callback</translation>
    </message>
    <message>
        <source>Calling you</source>
        <translation>Llamándole</translation>
    </message>
    <message>
        <source>Calling the destination</source>
        <translation>Llamando al destino</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>No calls yet.</source>
        <translation>Aún no hay llamadas.</translation>
    </message>
    <message>
        <source>Your calls</source>
        <translation>Sus llamadas</translation>
    </message>
    <message>
        <source>Scratch your charge-up card and type its PIN.</source>
        <translation>Raspe su tarjeta de recarga y escriba su PIN.</translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation>PIN de la tarjeta</translation>
    </message>
    <message>
        <source>%1 added. Your balance is now %2.</source>
        <translation>%1 añadido. Su saldo ahora es %2.</translation>
    </message>
    <message>
        <source>Type the serial number printed on your prepaid calling card and the PIN under the scratch panel. You get a new account holding the card&apos;s value.</source>
        <translation>Escriba el número de serie impreso en su tarjeta prepago de llamadas y el PIN bajo la zona de raspar. Obtendrá una cuenta nueva con el valor de la tarjeta.</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Already have an account? Sign in</source>
        <translation>¿Ya tiene una cuenta? Inicie sesión</translation>
    </message>
    <message>
        <source>Activate a calling card</source>
        <translation>Activar una tarjeta de llamadas</translation>
    </message>
    <message>
        <source>The form had expired. Please try again.</source>
        <translation>El formulario había caducado. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Type the card&apos;s serial number.</source>
        <translation>Escriba el número de serie de la tarjeta.</translation>
    </message>
    <message>
        <source>Your member ID</source>
        <translation>Su ID de socio</translation>
    </message>
    <message>
        <source>Your new account holds %1.</source>
        <translation>Su cuenta nueva tiene %1.</translation>
    </message>
    <message>
        <source>Your password is the card&apos;s PIN. Sign in and change it; keep the card until you have.</source>
        <translation>Su contraseña es el PIN de la tarjeta. Inicie sesión y cámbiela; guarde la tarjeta hasta haberlo hecho.</translation>
    </message>
    <message>
        <source>Card activated</source>
        <translation>Tarjeta activada</translation>
    </message>
    <message>
        <source>Your calling card is active.</source>
        <translation>Su tarjeta de llamadas está activa.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>Contraseña nueva (al menos 8 caracteres)</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Cambie su contraseña</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>La contraseña nueva necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Su contraseña se ha cambiado.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Inténtelo de nuevo en %n minuto.</numerusform>
            <numerusform>Demasiados intentos fallidos. Inténtelo de nuevo en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not valid; check the digits and try again.</source>
        <translation>Ese PIN no es válido; revise los dígitos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That serial number and PIN are not of one card that can be used. Check both and try again.</source>
        <translation>Ese número de serie y ese PIN no son de una tarjeta utilizable. Revise ambos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That PIN does not belong to a card that can be used. Check it and try again.</source>
        <translation>Ese PIN no pertenece a una tarjeta utilizable. Revíselo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This card has already been used.</source>
        <translation>Esta tarjeta ya se ha usado.</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>Esta tarjeta ha caducado.</translation>
    </message>
    <message>
        <source>This card has been cancelled.</source>
        <translation>Esta tarjeta ha sido anulada.</translation>
    </message>
    <message>
        <source>This is a charge-up card: use it to top up an existing account.</source>
        <translation>Esta es una tarjeta de recarga: úsela para recargar una cuenta existente.</translation>
    </message>
    <message>
        <source>This is a prepaid calling card: activate it to get a new account.</source>
        <translation>Esta es una tarjeta prepago de llamadas: actívela para obtener una cuenta nueva.</translation>
    </message>
    <message>
        <source>This card cannot open an account. Please contact us.</source>
        <translation>Esta tarjeta no puede abrir una cuenta. Contacte con nosotros.</translation>
    </message>
    <message>
        <source>This account cannot be topped up; it does not exist or is closed.</source>
        <translation>Esta cuenta no se puede recargar; no existe o está cerrada.</translation>
    </message>
</context>
<context>
    <name>rebound::Housekeeping</name>
    <message>
        <source>Daily backup written: %1 (%2 bytes)</source>
        <translation>Copia diaria escrita: %1 (%2 bytes)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) expired</source>
        <translation>
            <numerusform>%n tarjeta caducada</numerusform>
            <numerusform>%n tarjetas caducadas</numerusform>
        </translation>
    </message>
    <message>
        <source>the prepaid card expired</source>
        <translation>la tarjeta prepago caducó</translation>
    </message>
    <message>
        <source>the subscriber&apos;s account is not active</source>
        <translation>la cuenta del abonado no está activa</translation>
    </message>
    <message>
        <source>Expiring cards failed (tried again in a minute): %1</source>
        <translation>Falló la caducidad de tarjetas (se reintenta en un minuto): %1</translation>
    </message>
    <message>
        <source>Auditing untrusted INVITEs failed (tried again later): %1</source>
        <translation>Falló la auditoría de INVITE no fiables (se reintenta más tarde): %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n row(s) older than their retention</source>
        <translation>
            <numerusform>Se quitó %n fila más antigua que su retención</numerusform>
            <numerusform>Se quitaron %n filas más antiguas que su retención</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing old rows failed (tried again in an hour): %1</source>
        <translation>Falló la eliminación de filas antiguas (se reintenta en una hora): %1</translation>
    </message>
    <message>
        <source>FRAUD ALARM: %1</source>
        <translation>ALARMA DE FRAUDE: %1</translation>
    </message>
    <message>
        <source>the account was suspended by a fraud alarm</source>
        <translation>la cuenta fue suspendida por una alarma de fraude</translation>
    </message>
    <message>
        <source>The fraud check failed (tried again later): %1</source>
        <translation>Falló la comprobación de fraude (se reintenta más tarde): %1</translation>
    </message>
</context>
<context>
    <name>rebound::InboundRequests</name>
    <message>
        <source>Too many requests from %1: answering 503 for a while</source>
        <translation>Demasiadas solicitudes desde %1: respondiendo 503 durante un tiempo</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>Reading the trusted gateways failed: %1</source>
        <translation>Falló la lectura de las pasarelas de confianza: %1</translation>
    </message>
    <message>
        <source>MESSAGE from %1, which is not a trusted SMS gateway: 403</source>
        <translation>MESSAGE de %1, que no es una pasarela SMS de confianza: 403</translation>
    </message>
</context>
<context>
    <name>rebound::SwitchCore</name>
    <message numerus="yes">
        <source>Closed and billed %n call(s) left open by an earlier stop</source>
        <translation>
            <numerusform>Cerrada y facturada %n llamada que dejó abierta una parada anterior</numerusform>
            <numerusform>Cerradas y facturadas %n llamadas que dejó abiertas una parada anterior</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SIP listen address; write it like 127.0.0.1:5060.</source>
        <translation>&apos;%1&apos; no es una dirección de escucha SIP; escríbala como 127.0.0.1:5060.</translation>
    </message>
    <message>
        <source>sip.public_address: %1</source>
        <translation>sip.public_address: %1</translation>
    </message>
    <message>
        <source>sip.public_address: %1 cannot be resolved (%2)</source>
        <translation>sip.public_address: %1 no se puede resolver (%2)</translation>
    </message>
    <message>
        <source>RTP from %1 ignored on media session %2: not the call&apos;s peer</source>
        <translation>RTP de %1 ignorado en la sesión de medios %2: no es el par de la llamada</translation>
    </message>
    <message>
        <source>RTP counters not recorded: %1</source>
        <translation>Contadores RTP no registrados: %1</translation>
    </message>
    <message>
        <source>No IVR prompts (%1): callback requests are recorded but not called back</source>
        <translation>Sin locuciones IVR (%1): las solicitudes de callback se registran pero no se devuelve la llamada</translation>
    </message>
    <message>
        <source>Reading the callback settings failed (tried again in a second): %1</source>
        <translation>Falló la lectura de los ajustes de callback (se reintenta en un segundo): %1</translation>
    </message>
    <message>
        <source>Waiting callbacks not ended: %1</source>
        <translation>Callbacks en espera no terminados: %1</translation>
    </message>
    <message numerus="yes">
        <source>call #%1 billed after %n more attempt(s): %2</source>
        <translation>
            <numerusform>llamada #%1 facturada tras %n intento más: %2</numerusform>
            <numerusform>llamada #%1 facturada tras %n intentos más: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>hung up from the console</source>
        <translation>colgada desde la consola</translation>
    </message>
    <message>
        <source>Web portal off (web.listen is off)</source>
        <translation>Portal web desactivado (web.listen es off)</translation>
    </message>
    <message>
        <source>Web portal not started: &apos;%1&apos; is not an address; write it like 127.0.0.1:8080.</source>
        <translation>Portal web no iniciado: &apos;%1&apos; no es una dirección; escríbala como 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Web portal not started: %1</source>
        <translation>Portal web no iniciado: %1</translation>
    </message>
    <message>
        <source>Web portal on %1</source>
        <translation>Portal web en %1</translation>
    </message>
    <message>
        <source>the switch is stopping</source>
        <translation>la central se está deteniendo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an E.164 number</source>
        <translation>&apos;%1&apos; no es un número E.164</translation>
    </message>
    <message>
        <source>the switch is not running</source>
        <translation>la central no está en marcha</translation>
    </message>
    <message>
        <source>no such gateway</source>
        <translation>no existe esa pasarela</translation>
    </message>
    <message>
        <source>Test %1 callback: request #%2</source>
        <translation>Callback %1 de prueba: solicitud #%2</translation>
    </message>
</context>
<context>
    <name>rebound::backup::DailyBackup</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Falló la copia diaria: %1</translation>
    </message>
</context>
<context>
    <name>rebound::callback::CallbackSession</name>
    <message>
        <source>callback #%1: %2</source>
        <translation>callback #%1: %2</translation>
    </message>
    <message>
        <source>the database refused a write: %1</source>
        <translation>la base de datos rechazó una escritura: %1</translation>
    </message>
    <message>
        <source>callback #%1: warning tone, %2 s of credit left</source>
        <translation>callback #%1: tono de aviso, quedan %2 s de crédito</translation>
    </message>
    <message>
        <source>the destination did not answer in time</source>
        <translation>el destino no contestó a tiempo</translation>
    </message>
    <message>
        <source>no destination was given in time</source>
        <translation>no se indicó un destino a tiempo</translation>
    </message>
    <message>
        <source>callback #%1: key %2</source>
        <translation>callback #%1: tecla %2</translation>
    </message>
    <message>
        <source>no audio from the other side</source>
        <translation>sin audio del otro lado</translation>
    </message>
    <message>
        <source>callback #%1: a new offer without usable audio refused</source>
        <translation>callback #%1: rechazada una nueva oferta sin audio utilizable</translation>
    </message>
    <message>
        <source>callback #%1: leg %2 %3</source>
        <translation>callback #%1: tramo %2 %3</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>reanudado</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>callback #%1: %2 (%3)</source>
        <translation>callback #%1: %2 (%3)</translation>
    </message>
    <message>
        <source>the subscriber has no sell plan</source>
        <translation>el abonado no tiene plan de venta</translation>
    </message>
    <message>
        <source>the subscriber&apos;s account is not active</source>
        <translation>la cuenta del abonado no está activa</translation>
    </message>
    <message>
        <source>the callback number %1 is not in the subscriber&apos;s plan</source>
        <translation>el número de callback %1 no está en el plan del abonado</translation>
    </message>
    <message>
        <source>callback #%1: %2 %3 %4</source>
        <translation>callback #%1: %2 %3 %4</translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>callback #%1: leg A: %2, cancelling</source>
        <translation>callback #%1: tramo A: %2, cancelando</translation>
    </message>
    <message>
        <source>no media port: %1</source>
        <translation>sin puerto de medios: %1</translation>
    </message>
    <message>
        <source>leg A answered without usable audio: %1</source>
        <translation>el tramo A contestó sin audio utilizable: %1</translation>
    </message>
    <message>
        <source>callback #%1: leg A audio %2, telephone-event %3</source>
        <translation>callback #%1: audio del tramo A %2, telephone-event %3</translation>
    </message>
    <message>
        <source>leg A: %1 %2, trying again</source>
        <translation>tramo A: %1 %2, reintentando</translation>
    </message>
    <message>
        <source>leg A: %1 %2</source>
        <translation>tramo A: %1 %2</translation>
    </message>
    <message>
        <source>the DID asks for a PIN and the subscriber has none</source>
        <translation>el DID pide un PIN y el abonado no tiene</translation>
    </message>
    <message>
        <source>too many wrong PINs: locked out for a while</source>
        <translation>demasiados PIN erróneos: bloqueado durante un tiempo</translation>
    </message>
    <message>
        <source>callback #%1: PIN accepted</source>
        <translation>callback #%1: PIN aceptado</translation>
    </message>
    <message>
        <source>wrong PIN on callback #%1</source>
        <translation>PIN erróneo en el callback #%1</translation>
    </message>
    <message>
        <source>callback #%1: wrong PIN</source>
        <translation>callback #%1: PIN erróneo</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>PIN erróneo</translation>
    </message>
    <message>
        <source>callback #%1: prompt not played: %2</source>
        <translation>callback #%1: locución no reproducida: %2</translation>
    </message>
    <message>
        <source>callback #%1: destination %2</source>
        <translation>callback #%1: destino %2</translation>
    </message>
    <message>
        <source>no valid destination was entered</source>
        <translation>no se introdujo un destino válido</translation>
    </message>
    <message>
        <source>%1 is not in the subscriber&apos;s plan</source>
        <translation>%1 no está en el plan del abonado</translation>
    </message>
    <message>
        <source>leg B answered without usable audio</source>
        <translation>el tramo B contestó sin audio utilizable</translation>
    </message>
    <message>
        <source>call time limit reached</source>
        <translation>se alcanzó el límite de tiempo de llamada</translation>
    </message>
    <message>
        <source>credit limit reached</source>
        <translation>se alcanzó el límite de crédito</translation>
    </message>
    <message>
        <source>callback #%1: bridged, limit %2 s</source>
        <translation>callback #%1: puenteado, límite %2 s</translation>
    </message>
    <message>
        <source>leg B: %1 %2</source>
        <translation>tramo B: %1 %2</translation>
    </message>
    <message>
        <source>the subscriber hung up before being connected</source>
        <translation>el abonado colgó antes de conectarse</translation>
    </message>
    <message>
        <source>leg %1 ended: %2</source>
        <translation>tramo %1 terminado: %2</translation>
    </message>
    <message>
        <source>callback #%1: hanging up: %2</source>
        <translation>callback #%1: colgando: %2</translation>
    </message>
    <message>
        <source>callback #%1: could not bill call #%2 yet: %3</source>
        <translation>callback #%1: aún no se pudo facturar la llamada #%2: %3</translation>
    </message>
    <message>
        <source>callback #%1: could not record the end: %2</source>
        <translation>callback #%1: no se pudo registrar el final: %2</translation>
    </message>
    <message>
        <source>callback #%1: %2; said in English instead</source>
        <translation>callback #%1: %2; dicho en inglés en su lugar</translation>
    </message>
    <message>
        <source>callback #%1: time left told, %2 s</source>
        <translation>callback #%1: tiempo restante anunciado, %2 s</translation>
    </message>
    <message>
        <source>callback #%1: one minute left told</source>
        <translation>callback #%1: anunciado que queda un minuto</translation>
    </message>
    <message>
        <source>the test phones are off</source>
        <translation>los teléfonos de prueba están apagados</translation>
    </message>
</context>
<context>
    <name>rebound::console</name>
    <message>
        <source>Rebound backups (*.sqlite *.db);;All files (*)</source>
        <translation>Copias de Rebound (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Hacer copia</translation>
    </message>
    <message>
        <source>Back up the database to</source>
        <translation>Copiar la base de datos en</translation>
    </message>
    <message>
        <source>The database was backed up to %1 (%2).</source>
        <translation>Se hizo una copia de la base de datos en %1 (%2).</translation>
    </message>
    <message>
        <source>The card PIN key was saved beside it as %1; keep the two together: cards cannot be redeemed without the key.</source>
        <translation>La clave de PIN de tarjetas se guardó a su lado como %1; guarde las dos juntas: sin la clave no se pueden canjear tarjetas.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore the database from</source>
        <translation>Restaurar la base de datos desde</translation>
    </message>
    <message>
        <source>Replace all data in %1 with the backup from %2?</source>
        <translation>¿Reemplazar todos los datos de %1 por la copia de %2?</translation>
    </message>
    <message>
        <source>The current data is saved beside the database first, so this can be undone.</source>
        <translation>Antes se guardan los datos actuales junto a la base de datos, así que se puede deshacer.</translation>
    </message>
    <message>
        <source>The data was restored from %1.
The data it replaced was saved to %2.</source>
        <translation>Los datos se restauraron desde %1.
Los datos reemplazados se guardaron en %2.</translation>
    </message>
    <message>
        <source>The card PIN key was restored too.</source>
        <translation>También se restauró la clave de PIN de tarjetas.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cards of batch %1</source>
        <translation>Tarjetas del lote %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Prepaid calling card</source>
        <translation>Tarjeta prepago de llamadas</translation>
    </message>
    <message>
        <source>Top-up card</source>
        <translation>Tarjeta de recarga</translation>
    </message>
    <message>
        <source>Activate it on the web portal.</source>
        <translation>Actívela en el portal web.</translation>
    </message>
    <message>
        <source>Top up on the web portal or by SMS: RECHARGE &lt;PIN&gt;</source>
        <translation>Recargue en el portal web o por SMS: RECHARGE &lt;PIN&gt;</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Serial %1</source>
        <translation>Serie %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Válida hasta %1</translation>
    </message>
    <message>
        <source>Valid %1 days after activation</source>
        <translation>Válida %1 días tras la activación</translation>
    </message>
    <message>
        <source>Cannot finish %1.</source>
        <translation>No se puede terminar %1.</translation>
    </message>
</context>
<context>
    <name>rebound::console::AddApiTokenDialog</name>
    <message>
        <source>New API token</source>
        <translation>Nuevo token de API</translation>
    </message>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Who uses it, such as website or crm: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;. Callbacks it asks for show the source api:NAME.</source>
        <translation>Quién lo usa, como website o crm: letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;. Los callbacks que pide muestran el origen api:NAME.</translation>
    </message>
    <message>
        <source>&amp;All subscribers, including ones added later</source>
        <translation>&amp;Todos los abonados, incluidos los que se añadan después</translation>
    </message>
    <message>
        <source>&amp;Only these subscribers:</source>
        <translation>&amp;Solo estos abonados:</translation>
    </message>
    <message>
        <source>Subscribers:</source>
        <translation>Abonados:</translation>
    </message>
    <message>
        <source>The API refuses any request about another subscriber, and lists only these.</source>
        <translation>La API rechaza cualquier solicitud sobre otro abonado, y lista solo estos.</translation>
    </message>
    <message>
        <source>&amp;Works through</source>
        <translation>&amp;Vale hasta</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Caducidad:</translation>
    </message>
    <message>
        <source>The last day the token works, in %1. Without one it works until it is revoked.</source>
        <translation>El último día en que funciona el token, en %1. Sin fecha funciona hasta que se revoque.</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Crear token</translation>
    </message>
    <message>
        <source>There is already a token called %1; revoke it first or pick another name.</source>
        <translation>Ya hay un token llamado %1; revóquelo antes o elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>rebound::console::ApiTokenSecretDialog</name>
    <message>
        <source>API token %1</source>
        <translation>Token de API %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;API token %1&lt;/h3&gt;&lt;p&gt;For %2. %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Token de API %1&lt;/h3&gt;&lt;p&gt;Para %2. %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>all subscribers</source>
        <translation>todos los abonados</translation>
    </message>
    <message>
        <source>subscribers %1</source>
        <translation>abonados %1</translation>
    </message>
    <message>
        <source>Expires: %1 (%2).</source>
        <translation>Caduca: %1 (%2).</translation>
    </message>
    <message>
        <source>Works until it is revoked.</source>
        <translation>Funciona hasta que se revoque.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the only time the token is shown.&lt;/b&gt; Rebound keeps only a fingerprint of it and cannot show it again. Put it in the system that uses it now; if it is lost, revoke it and add a new one.</source>
        <translation>&lt;b&gt;Esta es la única vez que se muestra el token.&lt;/b&gt; Rebound solo guarda una huella y no puede volver a mostrarlo. Póngalo ahora en el sistema que lo usa; si se pierde, revóquelo y añada uno nuevo.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Token not copied</source>
        <translation>Token no copiado</translation>
    </message>
    <message>
        <source>You have not copied the token. It cannot be shown again: without it, revoke the token and add a new one. Close anyway?</source>
        <translation>No ha copiado el token. No se puede volver a mostrar: sin él, revoque el token y añada uno nuevo. ¿Cerrar de todos modos?</translation>
    </message>
</context>
<context>
    <name>rebound::console::ApiTokensModel</name>
    <message>
        <source>Live</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Revocado %1</translation>
    </message>
    <message>
        <source>All subscribers</source>
        <translation>Todos los abonados</translation>
    </message>
    <message>
        <source>None (its subscribers were deleted)</source>
        <translation>Ninguno (se borraron sus abonados)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>May act for every subscriber, including ones added later.</source>
        <translation>Puede actuar por todos los abonados, incluidos los que se añadan después.</translation>
    </message>
    <message>
        <source>May act only for subscribers %1.</source>
        <translation>Puede actuar solo por los abonados %1.</translation>
    </message>
    <message>
        <source>Noted at most once a minute.</source>
        <translation>Se anota como mucho una vez por minuto.</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zona horaria: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonados</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>rebound::console::ApiTokensPage</name>
    <message>
        <source>API tokens</source>
        <translation>Tokens de API</translation>
    </message>
    <message>
        <source>&amp;Add token…</source>
        <translation>&amp;Añadir token…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>The reseller&apos;s own systems, such as a web shop or a CRM, call the JSON API (/api/v1 on the web server) with a token to ask for callbacks and read balances. A token acts for all subscribers or only the ones chosen, and is refused once it has expired or been revoked. Times are in %1, the billing time zone.</source>
        <translation>Los sistemas propios del revendedor, como una tienda web o un CRM, llaman a la API JSON (/api/v1 en el servidor web) con un token para pedir callbacks y leer saldos. Un token actúa por todos los abonados o solo por los elegidos, y se rechaza en cuanto caduca o se revoca. Las horas están en %1, la zona horaria de facturación.</translation>
    </message>
    <message>
        <source>Add API token</source>
        <translation>Añadir token de API</translation>
    </message>
    <message>
        <source>Revoke API token</source>
        <translation>Revocar token de API</translation>
    </message>
    <message>
        <source>Revoke API token %1? Every request with it is refused from now on. This cannot be undone; a new token can take the name.</source>
        <translation>¿Revocar el token de API %1? Desde ahora se rechaza toda solicitud con él. No se puede deshacer; un token nuevo puede tomar el nombre.</translation>
    </message>
</context>
<context>
    <name>rebound::console::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>rebound::console::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>An actor such as console, cli or web:1001. Ending in : . or * matches every actor that starts with it: web: is every portal user.</source>
        <translation>Un actor como console, cli o web:1001. Si termina en : . o * coincide con todo actor que empiece por él: web: es todo usuario del portal.</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Cualquier cosa</translation>
    </message>
    <message>
        <source>An action such as account.add. Ending in . or * matches every action that starts with it: account. is every change to a subscriber.</source>
        <translation>Una acción como account.add. Si termina en . o * coincide con toda acción que empiece por ella: account. es todo cambio de un abonado.</translation>
    </message>
    <message>
        <source>Text in the details</source>
        <translation>Texto en los detalles</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>Wh&amp;at:</source>
        <translation>Q&amp;ué:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save every entry of this filter to a CSV file</source>
        <translation>Guardar todas las entradas de este filtro en un archivo CSV</translation>
    </message>
    <message>
        <source>Newest first, times in %1. The newest %2 are shown; more load as you scroll.</source>
        <translation>Las más recientes primero, horas en %1. Se muestran las %2 más recientes; se cargan más al desplazarse.</translation>
    </message>
    <message>
        <source>Newest first, times in %1. Entries: %2, all that match.</source>
        <translation>Las más recientes primero, horas en %1. Entradas: %2, todas las que coinciden.</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet. Changes made here or with rebound-switch, portal logins, refused triggers and card redemptions appear in this log as they happen.</source>
        <translation>Aún no se ha registrado nada. Los cambios hechos aquí o con rebound-switch, los accesos al portal, los disparos rechazados y los canjes de tarjetas aparecen en este registro a medida que ocurren.</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>todo el tiempo</translation>
    </message>
    <message>
        <source>Nothing was recorded in %1. Choose a longer period, or All time.</source>
        <translation>No se registró nada en %1. Elija un periodo más largo, o Todo el tiempo.</translation>
    </message>
    <message>
        <source>who is %1</source>
        <translation>quién es %1</translation>
    </message>
    <message>
        <source>what is %1</source>
        <translation>qué es %1</translation>
    </message>
    <message>
        <source>the details contain “%1”</source>
        <translation>los detalles contienen “%1”</translation>
    </message>
    <message>
        <source>No entry in %1 matches: %2. Clear a filter or choose a longer period.</source>
        <translation>Ninguna entrada de %1 coincide: %2. Quite un filtro o elija un periodo más largo.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Exportando la auditoría…</translation>
    </message>
    <message>
        <source>Exporting the audit log… entries written: %1</source>
        <translation>Exportando la auditoría… entradas escritas: %1</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar la auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Auditoría exportada</translation>
    </message>
    <message>
        <source>Entries written to %1: %2.</source>
        <translation>Entradas escritas en %1: %2.</translation>
    </message>
</context>
<context>
    <name>rebound::console::BalanceDialog</name>
    <message>
        <source>Adjust balance of %1</source>
        <translation>Ajustar el saldo de %1</translation>
    </message>
    <message>
        <source>Current balance: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Saldo actual: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>10.00, or -2.50 to take money away</source>
        <translation>10.00, o -2.50 para restar dinero</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>Top-up (payment received)</source>
        <translation>Recarga (pago recibido)</translation>
    </message>
    <message>
        <source>Adjustment (correction)</source>
        <translation>Ajuste (corrección)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>receipt number, ticket, …</source>
        <translation>número de recibo, ticket, …</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>An amount of zero changes nothing.</source>
        <translation>Un importe de cero no cambia nada.</translation>
    </message>
    <message>
        <source>Top-ups and refunds add money; use Adjustment to take money away.</source>
        <translation>Las recargas y los reembolsos suman dinero; use Ajuste para restar.</translation>
    </message>
</context>
<context>
    <name>rebound::console::CallsModel</name>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Abonado</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Disparo</translation>
    </message>
    <message>
        <source>Callback number</source>
        <translation>N.º callback</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Destination name</source>
        <translation>Nombre del destino</translation>
    </message>
    <message>
        <source>Gateway A</source>
        <translation>Pasarela A</translation>
    </message>
    <message>
        <source>Gateway B</source>
        <translation>Pasarela B</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Contestadas</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Conv.</translation>
    </message>
    <message>
        <source>Billed s A</source>
        <translation>s fact. A</translation>
    </message>
    <message>
        <source>Sell A</source>
        <translation>Venta A</translation>
    </message>
    <message>
        <source>Cost A</source>
        <translation>Coste A</translation>
    </message>
    <message>
        <source>Billed s B</source>
        <translation>s fact. B</translation>
    </message>
    <message>
        <source>Sell B</source>
        <translation>Venta B</translation>
    </message>
    <message>
        <source>Cost B</source>
        <translation>Coste B</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <source>Hang-up reason</source>
        <translation>Motivo de cuelgue</translation>
    </message>
</context>
<context>
    <name>rebound::console::CallsPage</name>
    <message>
        <source>Prefix (44) or name (Germany)</source>
        <translation>Prefijo (44) o nombre</translation>
    </message>
    <message>
        <source>Every trigger</source>
        <translation>Todos los disparos</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Subscriber:</source>
        <translation>&amp;Abonado:</translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation>&amp;Disparo:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>Des&amp;tino:</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>Pa&amp;sarela:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save every call of this filter to a CSV file, legs in columns</source>
        <translation>Guardar todas las llamadas de este filtro en un archivo CSV, tramos en columnas</translation>
    </message>
    <message>
        <source>Select a call to see its timeline: request, each leg, IVR, bridge and hang-up, with the rates it was billed at.</source>
        <translation>Seleccione una llamada para ver su cronología: solicitud, cada tramo, IVR, puente y cuelgue, con las tarifas con que se facturó.</translation>
    </message>
    <message>
        <source>Every subscriber</source>
        <translation>Todos los abonados</translation>
    </message>
    <message>
        <source>Every gateway</source>
        <translation>Todas las pasarelas</translation>
    </message>
    <message>
        <source>Every result</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Contestadas</translation>
    </message>
    <message>
        <source>Failed (any reason)</source>
        <translation>Fallidas (cualquier motivo)</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fallida: %1</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sin motivo)</translation>
    </message>
    <message>
        <source>No calls match these filters.</source>
        <translation>Ninguna llamada coincide con estos filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), %1 answered (ASR %2), talk %3 min · revenue %4 · cost %5 · profit %6 (margin %7)</source>
        <translation>
            <numerusform>%n llamada, %1 contestadas (ASR %2), conversación %3 min · ingresos %4 · coste %5 · beneficio %6 (margen %7)</numerusform>
            <numerusform>%n llamadas, %1 contestadas (ASR %2), conversación %3 min · ingresos %4 · coste %5 · beneficio %6 (margen %7)</numerusform>
        </translation>
    </message>
    <message>
        <source>Call %1: %2 → %3</source>
        <translation>Llamada %1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 · %2 · sell %3, cost %4, profit %5</source>
        <translation>%1 · %2 · venta %3, coste %4, beneficio %5</translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation>Exportar llamadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n call(s)…</source>
        <translation>
            <numerusform>Exportando %n llamada…</numerusform>
            <numerusform>Exportando %n llamadas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls exported</source>
        <translation>Llamadas exportadas</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) written to %1.</source>
        <translation>
            <numerusform>%n llamada escrita en %1.</numerusform>
            <numerusform>%n llamadas escritas en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::console::CardBatchesModel</name>
    <message>
        <source>%1 (void)</source>
        <translation>%1 (anulado)</translation>
    </message>
    <message>
        <source>Calling card</source>
        <translation>Tarjeta de llamadas</translation>
    </message>
    <message>
        <source>Charge-up</source>
        <translation>Recarga</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activas</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usadas</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducadas</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anuladas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>rebound::console::CardsModel</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Used / activated</source>
        <translation>Usada / activada</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
</context>
<context>
    <name>rebound::console::CardsPage</name>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>&amp;Generate batch…</source>
        <translation>&amp;Generar lote…</translation>
    </message>
    <message>
        <source>E&amp;xport inventory…</source>
        <translation>E&amp;xportar inventario…</translation>
    </message>
    <message>
        <source>Void &amp;card…</source>
        <translation>Anular &amp;tarjeta…</translation>
    </message>
    <message>
        <source>Void &amp;batch…</source>
        <translation>Anular &amp;lote…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Show: </source>
        <translation>Mostrar: </translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Todas las tarjetas</translation>
    </message>
    <message>
        <source>Cards in batch</source>
        <translation>Tarjetas del lote</translation>
    </message>
    <message>
        <source>Redemption history</source>
        <translation>Historial de canjes</translation>
    </message>
    <message>
        <source>Generate %L1 %2 of %3 each, %4 in total?</source>
        <translation>¿Generar %L1 %2 de %3 cada una, %4 en total?</translation>
    </message>
    <message>
        <source>prepaid calling cards</source>
        <translation>tarjetas prepago de llamadas</translation>
    </message>
    <message>
        <source>charge-up cards</source>
        <translation>tarjetas de recarga</translation>
    </message>
    <message>
        <source>Generate cards</source>
        <translation>Generar tarjetas</translation>
    </message>
    <message>
        <source>Rebound</source>
        <translation>Rebound</translation>
    </message>
    <message>
        <source>Void card %1? Its account %2 will be suspended.</source>
        <translation>¿Anular la tarjeta %1? Su cuenta %2 quedará suspendida.</translation>
    </message>
    <message>
        <source>Void card %1? It can never be used after this.</source>
        <translation>¿Anular la tarjeta %1? Ya no se podrá usar nunca.</translation>
    </message>
    <message>
        <source>Void card</source>
        <translation>Anular tarjeta</translation>
    </message>
    <message>
        <source>Void batch</source>
        <translation>Anular lote</translation>
    </message>
    <message numerus="yes">
        <source>Void batch %1? Its %n unused card(s) can never be used after this; cards already used stay as they are.</source>
        <translation>
            <numerusform>¿Anular el lote %1? Su %n tarjeta sin usar ya no se podrá usar nunca; las tarjetas ya usadas quedan como están.</numerusform>
            <numerusform>¿Anular el lote %1? Sus %n tarjetas sin usar ya no se podrán usar nunca; las tarjetas ya usadas quedan como están.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export card inventory</source>
        <translation>Exportar inventario de tarjetas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 cards of batch %2 to %3 (serials and status; PINs are never stored).</source>
        <translation>Se escribieron %1 tarjetas del lote %2 en %3 (series y estado; los PIN nunca se guardan).</translation>
    </message>
</context>
<context>
    <name>rebound::console::ChartWidget</name>
    <message>
        <source>Reset zoom</source>
        <translation>Ver todo</translation>
    </message>
    <message>
        <source>Show the whole period again</source>
        <translation>Mostrar de nuevo todo el periodo</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image or a PDF document</source>
        <translation>Guardar este gráfico como imagen PNG o documento PDF</translation>
    </message>
    <message>
        <source>No calls in this period</source>
        <translation>No hay llamadas en este periodo</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, point at a bar or line for its values.</source>
        <translation>Arrastre: desplazar · rueda: zoom · apunte a una barra o línea: valores.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png or .pdf.</source>
        <translation>Elija un nombre de archivo que termine en .png o .pdf.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Gráfico no guardado</translation>
    </message>
</context>
<context>
    <name>rebound::console::DashboardPage</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>The business</source>
        <translation>El negocio</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <source>Top destinations by profit, last 30 days</source>
        <translation>Destinos con más beneficio, últimos 30 días</translation>
    </message>
    <message>
        <source>Calls and paid minutes per day</source>
        <translation>Llamadas y minutos pagados por día</translation>
    </message>
    <message>
        <source>Revenue, cost and profit per day</source>
        <translation>Ingresos, coste y beneficio por día</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Abonado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Límite de crédito</translation>
    </message>
    <message>
        <source>Low balances</source>
        <translation>Saldos bajos</translation>
    </message>
    <message>
        <source>Why calls failed, last 30 days</source>
        <translation>Por qué fallaron las llamadas, últimos 30 días</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in progress</source>
        <translation>
            <numerusform>%n llamada en curso</numerusform>
            <numerusform>%n llamadas en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <source>Callbacks requested</source>
        <translation>Callbacks pedidos</translation>
    </message>
    <message>
        <source>Callbacks completed</source>
        <translation>Callbacks completados</translation>
    </message>
    <message>
        <source>Calls answered</source>
        <translation>Llamadas contestadas</translation>
    </message>
    <message>
        <source>Paid minutes</source>
        <translation>Minutos pagados</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
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
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>No answered calls in the last 30 days.</source>
        <translation>No hay llamadas contestadas en los últimos 30 días.</translation>
    </message>
    <message>
        <source>No active subscriber has less than %1.</source>
        <translation>Ningún abonado activo tiene menos de %1.</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sin motivo)</translation>
    </message>
    <message>
        <source>No failed calls in the last 30 days.</source>
        <translation>No hay llamadas fallidas en los últimos 30 días.</translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>No se pudieron leer las cifras: %1</translation>
    </message>
</context>
<context>
    <name>rebound::console::DidDialog</name>
    <message>
        <source>Edit DID %1</source>
        <translation>Editar DID %1</translation>
    </message>
    <message>
        <source>New DID</source>
        <translation>Nuevo DID</translation>
    </message>
    <message>
        <source>+1 212 555 0101</source>
        <translation>+1 212 555 0101</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>In international form: country code and number. Spaces, dashes and + are ignored.</source>
        <translation>En formato internacional: código de país y número. Se ignoran espacios, guiones y +.</translation>
    </message>
    <message>
        <source>(none: calls to it are answered 404)</source>
        <translation>(ninguno: las llamadas a él se responden con 404)</translation>
    </message>
    <message>
        <source>&amp;Subscriber:</source>
        <translation>&amp;Abonado:</translation>
    </message>
    <message>
        <source>Dialling this number triggers a callback to this subscriber.</source>
        <translation>Marcar este número dispara un callback a este abonado.</translation>
    </message>
    <message>
        <source>DID: call back through the routes</source>
        <translation>DID: devolver la llamada por las rutas</translation>
    </message>
    <message>
        <source>LGW: leg A goes out through the in-country gateway</source>
        <translation>LGW: el tramo A sale por la pasarela del país</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>Pa&amp;sarela:</translation>
    </message>
    <message>
        <source>For LGW: the gateway in the subscriber&apos;s country.</source>
        <translation>Para LGW: la pasarela en el país del abonado.</translation>
    </message>
    <message>
        <source>Ask for the subscriber&apos;s PIN in the IVR</source>
        <translation>Pedir el PIN del abonado en el IVR</translation>
    </message>
    <message>
        <source>For a DID others may learn: the callback goes on only after the PIN.</source>
        <translation>Para un DID que otros pueden conocer: el callback sigue solo tras el PIN.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add DID</source>
        <translation>Añadir DID</translation>
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
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Leg A goes out through the in-country gateway.</source>
        <translation>El tramo A sale por la pasarela del país.</translation>
    </message>
    <message>
        <source>The subscriber is called back through the routes.</source>
        <translation>Se devuelve la llamada al abonado por las rutas.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Abonado</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Gateway (LGW)</source>
        <translation>Pasarela (LGW)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
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
        <translation>&amp;Añadir DID…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>A subscriber dials their DID; the switch answers busy (so the call costs nothing) and calls them back. With LGW, that call back (leg A) goes out through the gateway in the subscriber&apos;s country.</source>
        <translation>Un abonado marca su DID; la central responde ocupado (así la llamada no cuesta nada) y le devuelve la llamada. Con LGW, esa llamada de retorno (tramo A) sale por la pasarela del país del abonado.</translation>
    </message>
    <message>
        <source>Delete DID %1? Subscriber %2 can no longer trigger callbacks by dialling it.</source>
        <translation>¿Borrar el DID %1? El abonado %2 ya no podrá disparar callbacks marcándolo.</translation>
    </message>
    <message>
        <source>Delete DID %1?</source>
        <translation>¿Borrar el DID %1?</translation>
    </message>
    <message>
        <source>Delete DID</source>
        <translation>Borrar DID</translation>
    </message>
</context>
<context>
    <name>rebound::console::GatewayDialog</name>
    <message>
        <source>Edit gateway %1</source>
        <translation>Editar pasarela %1</translation>
    </message>
    <message>
        <source>New gateway</source>
        <translation>Nueva pasarela</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>sip.carrier.example or 203.0.113.7</source>
        <translation>sip.carrier.example o 203.0.113.7</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transporte:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Digest credentials for calls sent to this gateway; empty if it needs none.</source>
        <translation>Credenciales digest para las llamadas enviadas a esta pasarela; vacío si no las necesita.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password.</source>
        <translation>Déjela vacía para conservar la contraseña actual.</translation>
    </message>
    <message>
        <source>&amp;Realm:</source>
        <translation>&amp;Realm:</translation>
    </message>
    <message>
        <source>&amp;Strip digits:</source>
        <translation>&amp;Quitar dígitos:</translation>
    </message>
    <message>
        <source>Leading digits removed from the number before it is sent.</source>
        <translation>Dígitos iniciales que se quitan del número antes de enviarlo.</translation>
    </message>
    <message>
        <source>&amp;Add prefix:</source>
        <translation>&amp;Añadir prefijo:</translation>
    </message>
    <message>
        <source>Digits put in front of the number after stripping.</source>
        <translation>Dígitos que se ponen delante del número tras quitar.</translation>
    </message>
    <message>
        <source>&amp;Caller ID:</source>
        <translation>&amp;ID de llamante:</translation>
    </message>
    <message>
        <source>Number presented on calls; empty for none.</source>
        <translation>Número presentado en las llamadas; vacío para ninguno.</translation>
    </message>
    <message>
        <source>(none: cost unknown)</source>
        <translation>(ninguna: coste desconocido)</translation>
    </message>
    <message>
        <source>&amp;Buy table:</source>
        <translation>Tabla de co&amp;mpra:</translation>
    </message>
    <message>
        <source>What this gateway charges.</source>
        <translation>Lo que cobra esta pasarela.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>&amp;Max calls:</source>
        <translation>Máx. &amp;llamadas:</translation>
    </message>
    <message>
        <source>203.0.113.7, 198.51.100.0/24</source>
        <translation>203.0.113.7, 198.51.100.0/24</translation>
    </message>
    <message>
        <source>&amp;Trusted sources:</source>
        <translation>Orígenes de con&amp;fianza:</translation>
    </message>
    <message>
        <source>Addresses and subnets allowed to send DID calls and SMS, separated by commas.</source>
        <translation>Direcciones y subredes que pueden enviar llamadas DID y SMS, separadas por comas.</translation>
    </message>
    <message>
        <source>Accept SMS (SIP MESSAGE) triggers from this gateway</source>
        <translation>Aceptar disparos SMS (SIP MESSAGE) de esta pasarela</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add gateway</source>
        <translation>Añadir pasarela</translation>
    </message>
</context>
<context>
    <name>rebound::console::GatewaysModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Nobody may send this gateway&apos;s DID calls or SMS.</source>
        <translation>Nadie puede enviar las llamadas DID o SMS de esta pasarela.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Trusted sources</source>
        <translation>Orígenes de confianza</translation>
    </message>
    <message>
        <source>Buy table</source>
        <translation>Tabla de compra</translation>
    </message>
    <message>
        <source>Max calls</source>
        <translation>Máx. llamadas</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
</context>
<context>
    <name>rebound::console::GatewaysPage</name>
    <message>
        <source>Gateways</source>
        <translation>Pasarelas</translation>
    </message>
    <message>
        <source>&amp;Add gateway…</source>
        <translation>&amp;Añadir pasarela…</translation>
    </message>
    <message>
        <source>&amp;Test reachability</source>
        <translation>&amp;Probar alcance</translation>
    </message>
    <message>
        <source>Send a SIP OPTIONS request to the selected gateway through the switch.</source>
        <translation>Enviar una solicitud SIP OPTIONS a la pasarela seleccionada a través de la central.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Select a gateway and choose Test reachability to send it a SIP OPTIONS request through the switch.</source>
        <translation>Seleccione una pasarela y elija Probar alcance para enviarle una solicitud SIP OPTIONS a través de la central.</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Rutas</translation>
    </message>
    <message>
        <source>Add &amp;route…</source>
        <translation>Añadir &amp;ruta…</translation>
    </message>
    <message>
        <source>Delete ro&amp;ute…</source>
        <translation>Borrar r&amp;uta…</translation>
    </message>
    <message>
        <source>Delete gateway</source>
        <translation>Borrar pasarela</translation>
    </message>
    <message numerus="yes">
        <source>Delete gateway %1 and its %n route(s)?</source>
        <translation>
            <numerusform>¿Borrar la pasarela %1 y su %n ruta?</numerusform>
            <numerusform>¿Borrar la pasarela %1 y sus %n rutas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot test %1: the switch is not running.</source>
        <translation>No se puede probar %1: la central no está en marcha.</translation>
    </message>
    <message>
        <source>Sending OPTIONS to %1 (%2)…</source>
        <translation>Enviando OPTIONS a %1 (%2)…</translation>
    </message>
    <message>
        <source>%1 is reachable: %2 %3 in %4 ms.</source>
        <translation>%1 es alcanzable: %2 %3 en %4 ms.</translation>
    </message>
    <message>
        <source>OPTIONS to %1: %2 %3 after %4 ms.</source>
        <translation>OPTIONS a %1: %2 %3 tras %4 ms.</translation>
    </message>
    <message>
        <source>every number</source>
        <translation>todos los números</translation>
    </message>
    <message>
        <source>prefix %1</source>
        <translation>prefijo %1</translation>
    </message>
    <message>
        <source>Delete route</source>
        <translation>Borrar ruta</translation>
    </message>
    <message>
        <source>Delete the route for %1 via %2?</source>
        <translation>¿Borrar la ruta para %1 por %2?</translation>
    </message>
</context>
<context>
    <name>rebound::console::GenerateCardsDialog</name>
    <message>
        <source>Generate cards</source>
        <translation>Generar tarjetas</translation>
    </message>
    <message>
        <source>Charge-up cards (top up an existing account)</source>
        <translation>Tarjetas de recarga (recargan una cuenta existente)</translation>
    </message>
    <message>
        <source>Prepaid calling cards (each opens a new account)</source>
        <translation>Tarjetas prepago de llamadas (cada una abre una cuenta nueva)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Number of cards:</source>
        <translation>&amp;Número de tarjetas:</translation>
    </message>
    <message>
        <source>Face &amp;value:</source>
        <translation>&amp;Valor nominal:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Sell &amp;plan:</source>
        <translation>&amp;Plan de venta:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>PIN &amp;digits:</source>
        <translation>&amp;Dígitos del PIN:</translation>
    </message>
    <message>
        <source>optional, e.g. TOP</source>
        <translation>opcional, p. ej. TOP</translation>
    </message>
    <message>
        <source>Serial p&amp;refix:</source>
        <translation>P&amp;refijo de serie:</translation>
    </message>
    <message>
        <source>after the last batch</source>
        <translation>tras el último lote</translation>
    </message>
    <message>
        <source>First &amp;serial:</source>
        <translation>Primera &amp;serie:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>En una fecha</translation>
    </message>
    <message>
        <source>Days after creation</source>
        <translation>Días tras la creación</translation>
    </message>
    <message>
        <source>Days after activation (calling cards)</source>
        <translation>Días tras la activación (tarjetas de llamadas)</translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation>&amp;Caducidad:</translation>
    </message>
    <message>
        <source>Expiry date:</source>
        <translation>Fecha de caducidad:</translation>
    </message>
    <message>
        <source>Expiry days:</source>
        <translation>Días de caducidad:</translation>
    </message>
    <message>
        <source>Batch &amp;name:</source>
        <translation>Nombre del &amp;lote:</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
</context>
<context>
    <name>rebound::console::GeneratedBatchDialog</name>
    <message>
        <source>Cards generated</source>
        <translation>Tarjetas generadas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Batch %1: %2 cards&lt;/h3&gt;&lt;p&gt;Serials %3 to %4, %5 each.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The PINs are shown only now.&lt;/b&gt; Save them for printing; they are not stored anywhere and cannot be recovered later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lote %1: %2 tarjetas&lt;/h3&gt;&lt;p&gt;Series %3 a %4, %5 cada una.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Los PIN solo se muestran ahora.&lt;/b&gt; Guárdelos para imprimir; no se almacenan en ningún sitio y no se pueden recuperar después.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Guardar &amp;CSV…</translation>
    </message>
    <message>
        <source>Save &amp;PDF for printing…</source>
        <translation>Guardar &amp;PDF para imprimir…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Save card PINs</source>
        <translation>Guardar los PIN de las tarjetas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved CSV to %1.</source>
        <translation>CSV guardado en %1.</translation>
    </message>
    <message>
        <source>Save cards for printing</source>
        <translation>Guardar tarjetas para imprimir</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved PDF to %1.</source>
        <translation>PDF guardado en %1.</translation>
    </message>
    <message>
        <source>PINs not saved</source>
        <translation>PIN no guardados</translation>
    </message>
    <message>
        <source>The PINs have not been saved. Without them the cards cannot be used; void the batch if you close now. Close anyway?</source>
        <translation>Los PIN no se han guardado. Sin ellos las tarjetas no se pueden usar; anule el lote si cierra ahora. ¿Cerrar de todos modos?</translation>
    </message>
</context>
<context>
    <name>rebound::console::ImportRatesDialog</name>
    <message>
        <source>Import rates</source>
        <translation>Importar tarifas</translation>
    </message>
    <message>
        <source>Import &lt;b&gt;%1&lt;/b&gt; into:</source>
        <translation>Importar &lt;b&gt;%1&lt;/b&gt; en:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabla:</translation>
    </message>
    <message>
        <source>Sell plan (what subscribers pay)</source>
        <translation>Plan de venta (lo que pagan los abonados)</translation>
    </message>
    <message>
        <source>Buy table (what a gateway charges)</source>
        <translation>Tabla de compra (lo que cobra una pasarela)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <source>The %n rate(s) now in this table will be replaced. If any line of the file is wrong, nothing changes.</source>
        <translation>
            <numerusform>Se reemplazará la %n tarifa que hay ahora en esta tabla. Si alguna línea del archivo es errónea, no cambia nada.</numerusform>
            <numerusform>Se reemplazarán las %n tarifas que hay ahora en esta tabla. Si alguna línea del archivo es errónea, no cambia nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new table will be created.</source>
        <translation>Se creará una tabla nueva.</translation>
    </message>
    <message>
        <source>Choose a table or type the name of a new one.</source>
        <translation>Elija una tabla o escriba el nombre de una nueva.</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO code such as USD or EUR.</source>
        <translation>La moneda es un código ISO de tres letras, como USD o EUR.</translation>
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
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Abonado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Callback number</source>
        <translation>Número de callback</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Leg A</source>
        <translation>Tramo A</translation>
    </message>
    <message>
        <source>Leg B</source>
        <translation>Tramo B</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Transcurrido</translation>
    </message>
    <message>
        <source>Credit left</source>
        <translation>Crédito restante</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>conectada %1</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>sonando</translation>
    </message>
</context>
<context>
    <name>rebound::console::LiveCallsPage</name>
    <message>
        <source>Live calls</source>
        <translation>Llamadas en curso</translation>
    </message>
    <message>
        <source>&amp;Hang up…</source>
        <translation>&amp;Colgar…</translation>
    </message>
    <message>
        <source>End the selected callback (both legs).</source>
        <translation>Terminar el callback seleccionado (ambos tramos).</translation>
    </message>
    <message>
        <source>The switch is not running in this console.</source>
        <translation>La central no está en marcha en esta consola.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>No callback in progress.</source>
        <translation>Ningún callback en curso.</translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) in progress.</source>
        <translation>
            <numerusform>%n callback en curso.</numerusform>
            <numerusform>%n callbacks en curso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the calls: %1</source>
        <translation>No se pudieron leer las llamadas: %1</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Hang up callback #%1 for subscriber %2?</source>
        <translation>¿Colgar el callback #%1 del abonado %2?</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Abonados</translation>
    </message>
    <message>
        <source>&amp;New subscriber…</source>
        <translation>Nuevo &amp;abonado…</translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation>Llamadas en curso</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>&amp;New rate table from CSV…</source>
        <translation>Nueva &amp;tabla de tarifas desde CSV…</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>&amp;New card batch…</source>
        <translation>Nuevo &amp;lote de tarjetas…</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Pasarelas</translation>
    </message>
    <message>
        <source>&amp;New gateway…</source>
        <translation>Nueva &amp;pasarela…</translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>&amp;New DID…</source>
        <translation>Nuevo &amp;DID…</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Tokens de API</translation>
    </message>
    <message>
        <source>&amp;New API token…</source>
        <translation>Nuevo t&amp;oken de API…</translation>
    </message>
    <message>
        <source>SIP log</source>
        <translation>Registro SIP</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;Import subscribers…</source>
        <translation>&amp;Importar abonados…</translation>
    </message>
    <message>
        <source>E&amp;xport subscribers…</source>
        <translation>E&amp;xportar abonados…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Central</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>&amp;Detener…</translation>
    </message>
    <message>
        <source>&amp;Restart…</source>
        <translation>&amp;Reiniciar…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Set-up assistant…</source>
        <translation>&amp;Asistente de configuración…</translation>
    </message>
    <message>
        <source>&amp;About Rebound</source>
        <translation>Acerca &amp;de Rebound</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>DATOS DEMO</translation>
    </message>
    <message>
        <source>This database was filled with demo subscribers, rates and a demo gateway on first start.</source>
        <translation>Esta base de datos se llenó con abonados, tarifas y una pasarela de demostración en el primer arranque.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n call(s) not billed yet, retrying</source>
        <translation>
            <numerusform>⚠ %n llamada aún sin facturar, reintentando</numerusform>
            <numerusform>⚠ %n llamadas aún sin facturar, reintentando</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Fraud alarm: %1</source>
        <translation>⚠ Alarma de fraude: %1</translation>
    </message>
    <message>
        <source>Stop the switch</source>
        <translation>Detener la central</translation>
    </message>
    <message>
        <source>Restart the switch</source>
        <translation>Reiniciar la central</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Ajustes sin aplicar</translation>
    </message>
    <message>
        <source>The settings page has changes that are not applied. Apply them?</source>
        <translation>La página de ajustes tiene cambios sin aplicar. ¿Aplicarlos?</translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n abonado</numerusform>
            <numerusform>%n abonados</numerusform>
        </translation>
    </message>
    <message>
        <source>About Rebound</source>
        <translation>Acerca de Rebound</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rebound %1&lt;/h3&gt;&lt;p&gt;International callback switch and billing console.&lt;/p&gt;&lt;p&gt;Database: %2 (schema version %3)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rebound %1&lt;/h3&gt;&lt;p&gt;Central de callback internacional y consola de facturación.&lt;/p&gt;&lt;p&gt;Base de datos: %2 (versión de esquema %3)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Test phones</source>
        <translation>Tel. de prueba</translation>
    </message>
</context>
<context>
    <name>rebound::console::MarkupDialog</name>
    <message>
        <source>Markup tool</source>
        <translation>Herramienta de margen</translation>
    </message>
    <message>
        <source>Build a sell plan from a buy table: cost plus a percentage and/or a fixed amount per minute, rounded up, never below cost.</source>
        <translation>Crear un plan de venta desde una tabla de compra: coste más un porcentaje y/o un importe fijo por minuto, redondeado hacia arriba, nunca por debajo del coste.</translation>
    </message>
    <message>
        <source>From &amp;buy table:</source>
        <translation>Desde la tabla de &amp;compra:</translation>
    </message>
    <message>
        <source>To &amp;sell plan:</source>
        <translation>Al plan de &amp;venta:</translation>
    </message>
    <message>
        <source>Margin (&amp;%):</source>
        <translation>Margen (&amp;%):</translation>
    </message>
    <message>
        <source>Plus per &amp;minute:</source>
        <translation>Más por &amp;minuto:</translation>
    </message>
    <message>
        <source>&amp;Round up to:</source>
        <translation>&amp;Redondear a:</translation>
    </message>
    <message>
        <source>keep the carrier&apos;s, or e.g. 30/6</source>
        <translation>mantener los del operador, o p. ej. 30/6</translation>
    </message>
    <message>
        <source>Sell &amp;increments:</source>
        <translation>&amp;Incrementos de venta:</translation>
    </message>
    <message>
        <source>Mark up connect fees too</source>
        <translation>Aplicar margen también a los cargos de conexión</translation>
    </message>
    <message>
        <source>Build sell plan</source>
        <translation>Crear plan de venta</translation>
    </message>
    <message>
        <source>Margin: %1</source>
        <translation>Margen: %1</translation>
    </message>
    <message>
        <source>Plus per minute: %1</source>
        <translation>Más por minuto: %1</translation>
    </message>
    <message>
        <source>must not be negative.</source>
        <translation>no puede ser negativo.</translation>
    </message>
    <message>
        <source>Round up to: %1</source>
        <translation>Redondear a: %1</translation>
    </message>
    <message>
        <source>Sell increments look like 30/6: first and next, in seconds from 1 to 3600.</source>
        <translation>Los incrementos de venta tienen la forma 30/6: primero y siguiente, en segundos de 1 a 3600.</translation>
    </message>
    <message>
        <source>There is no buy table to start from; import one first.</source>
        <translation>No hay tabla de compra de la que partir; importe una primero.</translation>
    </message>
    <message>
        <source>Choose the sell plan to write, or type the name of a new one.</source>
        <translation>Elija el plan de venta que escribir, o escriba el nombre de uno nuevo.</translation>
    </message>
    <message>
        <source>%1 is a buy table; the markup tool writes sell plans.</source>
        <translation>%1 es una tabla de compra; la herramienta de margen escribe planes de venta.</translation>
    </message>
</context>
<context>
    <name>rebound::console::PeriodPicker</name>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
</context>
<context>
    <name>rebound::console::RateTablesModel</name>
    <message>
        <source>Sell plan</source>
        <translation>Plan de venta</translation>
    </message>
    <message>
        <source>Buy table</source>
        <translation>Tabla de compra</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Tarifas</translation>
    </message>
</context>
<context>
    <name>rebound::console::RatesModel</name>
    <message>
        <source>any time</source>
        <translation>a cualquier hora</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>Por minuto</translation>
    </message>
    <message>
        <source>Connect fee</source>
        <translation>Cargo de conexión</translation>
    </message>
    <message>
        <source>Increments</source>
        <translation>Incrementos</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Grace</source>
        <translation>Gracia</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
</context>
<context>
    <name>rebound::console::RatesPage</name>
    <message>
        <source>Rates</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Markup tool…</source>
        <translation>&amp;Herramienta de margen…</translation>
    </message>
    <message>
        <source>&amp;Delete table…</source>
        <translation>&amp;Borrar tabla…</translation>
    </message>
    <message>
        <source>Search prefix or destination…</source>
        <translation>Buscar prefijo o destino…</translation>
    </message>
    <message>
        <source>Rate tester</source>
        <translation>Probador de tarifas</translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation>+44 7700 900123</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sell &amp;plan:</source>
        <translation>&amp;Plan de venta:</translation>
    </message>
    <message>
        <source>&amp;Cost from:</source>
        <translation>&amp;Coste de:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>The route&apos;s gateway</source>
        <translation>La pasarela de la ruta</translation>
    </message>
    <message>
        <source>Import or build a sell plan to test rates.</source>
        <translation>Importe o cree un plan de venta para probar tarifas.</translation>
    </message>
    <message>
        <source>Type a number to see how a call to it is priced.</source>
        <translation>Escriba un número para ver cómo se tarifica una llamada a él.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is not in plan %2: calls to it are refused.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; no está en el plan %2: las llamadas a él se rechazan.</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <source>connect fee %1</source>
        <translation>cargo de conexión %1</translation>
    </message>
    <message>
        <source>minimum %1 s</source>
        <translation>mínimo %1 s</translation>
    </message>
    <message>
        <source>first %1 s free</source>
        <translation>primeros %1 s gratis</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; matches &lt;b&gt;%2&lt;/b&gt; %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; coincide con &lt;b&gt;%2&lt;/b&gt; %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Charged &lt;b&gt;%1 s&lt;/b&gt;: price &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;br&gt;Cobrado &lt;b&gt;%1 s&lt;/b&gt;: precio &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Cost %1 (%2 s at %3/min, prefix %4): profit &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;br&gt;Coste %1 (%2 s a %3/min, prefijo %4): beneficio &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Cost unknown: no buy rate for this number.</source>
        <translation>&lt;br&gt;Coste desconocido: no hay tarifa de compra para este número.</translation>
    </message>
    <message>
        <source>Import rates</source>
        <translation>Importar tarifas</translation>
    </message>
    <message>
        <source>Rate sheets (*.csv *.txt);;All files (*)</source>
        <translation>Hojas de tarifas (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 rates into %2 (replacing %3).</source>
        <translation>Se importaron %1 tarifas en %2 (reemplazando %3).</translation>
    </message>
    <message>
        <source>Export rates</source>
        <translation>Exportar tarifas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 rates of %2 to %3.</source>
        <translation>Se escribieron %1 tarifas de %2 en %3.</translation>
    </message>
    <message>
        <source>Markup tool</source>
        <translation>Herramienta de margen</translation>
    </message>
    <message>
        <source>Wrote %1 sell rates to %2.</source>
        <translation>Se escribieron %1 tarifas de venta en %2.</translation>
    </message>
    <message>
        <source>Delete rate table</source>
        <translation>Borrar tabla de tarifas</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n rate(s)?</source>
        <translation>
            <numerusform>¿Borrar %1 y su %n tarifa?</numerusform>
            <numerusform>¿Borrar %1 y sus %n tarifas?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still used by subscribers, gateways or card batches; give them another table first.</source>
        <translation>%1 aún lo usan abonados, pasarelas o lotes de tarjetas; deles antes otra tabla.</translation>
    </message>
</context>
<context>
    <name>rebound::console::RecordPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
</context>
<context>
    <name>rebound::console::ReportsPage</name>
    <message>
        <source>Legs</source>
        <translation>Tramos</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Contestadas</translation>
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
        <translation>Min pag. A</translation>
    </message>
    <message>
        <source>Paid min B</source>
        <translation>Min pag. B</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Profit by:</source>
        <translation>Beneficio por:</translation>
    </message>
    <message>
        <source>Profit report</source>
        <translation>Informe de beneficios</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>ASR and ACD for:</source>
        <translation>ASR y ACD por:</translation>
    </message>
    <message>
        <source>Calls and paid minutes</source>
        <translation>Llamadas y minutos pagados</translation>
    </message>
    <message>
        <source>Revenue, cost and profit</source>
        <translation>Ingresos, coste y beneficio</translation>
    </message>
    <message>
        <source>ASR and ACD</source>
        <translation>ASR y ACD</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Every gateway</source>
        <translation>Todas las pasarelas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No calls from %1.</source>
        <translation>No hay llamadas de %1.</translation>
    </message>
    <message>
        <source>✔ Revenue %1 equals the ledger&apos;s call charges for these calls (%2).</source>
        <translation>✔ Los ingresos %1 coinciden con los cargos de llamada del libro para estas llamadas (%2).</translation>
    </message>
    <message>
        <source>⚠ Revenue %1 differs from the ledger&apos;s call charges for these calls (%2): calls in progress are not charged yet, or the ledger was changed by hand.</source>
        <translation>⚠ Los ingresos %1 difieren de los cargos de llamada del libro para estas llamadas (%2): las llamadas en curso aún no se han cobrado, o el libro se cambió a mano.</translation>
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
        <translation>Segundos ACD</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Profit by %1</source>
        <translation>Beneficio por %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rebound profit report</source>
        <translation>Informe de beneficios de Rebound</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>rebound::console::RouteDialog</name>
    <message>
        <source>New route</source>
        <translation>Nueva ruta</translation>
    </message>
    <message>
        <source>e.g. 44 for the United Kingdom</source>
        <translation>p. ej. 44 para el Reino Unido</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Prefijo:</translation>
    </message>
    <message>
        <source>E.164 digits the number starts with; empty for every number.</source>
        <translation>Dígitos E.164 con que empieza el número; vacío para todos los números.</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>Pa&amp;sarela:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioridad:</translation>
    </message>
    <message>
        <source>For the same prefix, lower numbers are tried first.</source>
        <translation>Para el mismo prefijo, se prueban primero los números más bajos.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Add route</source>
        <translation>Añadir ruta</translation>
    </message>
</context>
<context>
    <name>rebound::console::RoutesModel</name>
    <message>
        <source>(all numbers)</source>
        <translation>(todos los números)</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
</context>
<context>
    <name>rebound::console::SettingsPage</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Restart the switch?</source>
        <translation>¿Reiniciar la central?</translation>
    </message>
    <message numerus="yes">
        <source>These settings are read when the switch starts. Restarting it now ends the %n call(s) in progress; they are billed up to now.</source>
        <translation>
            <numerusform>Estos ajustes se leen al arrancar la central. Reiniciarla ahora termina la %n llamada en curso; se factura hasta este momento.</numerusform>
            <numerusform>Estos ajustes se leen al arrancar la central. Reiniciarla ahora termina las %n llamadas en curso; se facturan hasta este momento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save and restart now</source>
        <translation>Guardar y reiniciar ahora</translation>
    </message>
    <message>
        <source>Save, restart later</source>
        <translation>Guardar, reiniciar después</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Empty fields use the default shown in grey. Settings marked ⟳ are read when the switch starts: Apply restarts it.</source>
        <translation>Los campos vacíos usan el valor por defecto mostrado en gris. Los ajustes marcados con ⟳ se leen al arrancar la central: Aplicar la reinicia.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>%1 Default: %2.</source>
        <translation>%1 Por defecto: %2.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Settings could not be read: %1</source>
        <translation>No se pudieron leer los ajustes: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No guardado.</translation>
    </message>
    <message>
        <source>Saved; the switch is restarting to use the new settings.</source>
        <translation>Guardado; la central se está reiniciando para usar los ajustes nuevos.</translation>
    </message>
    <message>
        <source>Saved. Restart the switch (Switch menu) to use the new settings.</source>
        <translation>Guardado. Reinicie la central (menú Central) para usar los ajustes nuevos.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>rebound::console::SetupWizard</name>
    <message>
        <source>Your business</source>
        <translation>Su negocio</translation>
    </message>
    <message>
        <source>This assistant sets Rebound up for real use. Each page is saved when you press Next; Cancel leaves the page you are on unsaved.</source>
        <translation>Este asistente prepara Rebound para el uso real. Cada página se guarda al pulsar Siguiente; Cancelar deja sin guardar la página en la que está.</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>&amp;Nombre del negocio:</translation>
    </message>
    <message>
        <source>&amp;Home country:</source>
        <translation>&amp;País local:</translation>
    </message>
    <message>
        <source>Country &amp;code:</source>
        <translation>&amp;Código de país:</translation>
    </message>
    <message>
        <source>&amp;International prefix:</source>
        <translation>Prefijo &amp;internacional:</translation>
    </message>
    <message>
        <source>What people there dial before another country&apos;s code; several are separated by commas.</source>
        <translation>Lo que se marca allí antes del código de otro país; si hay varios, se separan con comas.</translation>
    </message>
    <message>
        <source>N&amp;ational prefix:</source>
        <translation>Prefijo n&amp;acional:</translation>
    </message>
    <message>
        <source>Dialled before a national number, such as 0; empty: none.</source>
        <translation>Se marca antes de un número nacional, como 0; vacío: ninguno.</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Billing &amp;time zone:</source>
        <translation>&amp;Zona horaria de facturación:</translation>
    </message>
    <message>
        <source>(another country: type its plan below)</source>
        <translation>(otro país: escriba su plan abajo)</translation>
    </message>
    <message>
        <source>This workstation&apos;s SIP address</source>
        <translation>La dirección SIP de este puesto</translation>
    </message>
    <message>
        <source>Where the switch answers carriers and phones. Use an address of this machine that the carrier can reach.</source>
        <translation>Dónde atiende la central a los operadores y teléfonos. Use una dirección de esta máquina que el operador pueda alcanzar.</translation>
    </message>
    <message>
        <source>optional, such as 203.0.113.7</source>
        <translation>opcional, como 203.0.113.7</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>SIP &amp;address:</source>
        <translation>&amp;Dirección SIP:</translation>
    </message>
    <message>
        <source>P&amp;ublic address:</source>
        <translation>Dirección p&amp;ública:</translation>
    </message>
    <message>
        <source>Por&amp;tal address:</source>
        <translation>Dirección del por&amp;tal:</translation>
    </message>
    <message>
        <source>this machine only</source>
        <translation>solo esta máquina</translation>
    </message>
    <message>
        <source>every interface</source>
        <translation>todas las interfaces</translation>
    </message>
    <message>
        <source>Restart the switch</source>
        <translation>Reiniciar la central</translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation>El operador</translation>
    </message>
    <message>
        <source>The SIP gateway your calls go out through. Rebound checks it with an OPTIONS request; you can go on if it does not answer yet.</source>
        <translation>La pasarela SIP por la que salen sus llamadas. Rebound la comprueba con una solicitud OPTIONS; puede seguir aunque aún no responda.</translation>
    </message>
    <message>
        <source>Set up the carrier later, on the Gateways page</source>
        <translation>Configurar el operador más tarde, en la página Pasarelas</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>sip.carrier.example or 203.0.113.7</source>
        <translation>sip.carrier.example o 203.0.113.7</translation>
    </message>
    <message>
        <source>203.0.113.7, 198.51.100.0/24</source>
        <translation>203.0.113.7, 198.51.100.0/24</translation>
    </message>
    <message>
        <source>Send every number through this carrier (a route for all numbers)</source>
        <translation>Enviar todos los números por este operador (una ruta para todos los números)</translation>
    </message>
    <message>
        <source>&amp;Save and check</source>
        <translation>&amp;Guardar y comprobar</translation>
    </message>
    <message>
        <source>no answer in %1 s — check host, port and firewall.</source>
        <translation>sin respuesta en %1 s — revise host, puerto y cortafuegos.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>The carrier&apos;s digest credentials; empty if it knows you by your address.</source>
        <translation>Las credenciales digest del operador; vacío si le reconoce por su dirección.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Trusted sources:</source>
        <translation>Orígenes de con&amp;fianza:</translation>
    </message>
    <message>
        <source>Addresses allowed to send DID calls and SMS, separated by commas.</source>
        <translation>Direcciones que pueden enviar llamadas DID y SMS, separadas por comas.</translation>
    </message>
    <message>
        <source>the switch is not running; start it, then use Test reachability on the Gateways page.</source>
        <translation>la central no está en marcha; iníciela y luego use Probar alcance en la página Pasarelas.</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>No se pudo comprobar: %1</translation>
    </message>
    <message>
        <source>Sending OPTIONS to %1:%2…</source>
        <translation>Enviando OPTIONS a %1:%2…</translation>
    </message>
    <message>
        <source>answered %1 %2 in %3 ms.</source>
        <translation>respondió %1 %2 en %3 ms.</translation>
    </message>
    <message>
        <source>answered %1 %2 after %3 ms — check host, port and firewall.</source>
        <translation>respondió %1 %2 tras %3 ms — revise host, puerto y cortafuegos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Buy sheet and sell plan</source>
        <translation>Hoja de compra y plan de venta</translation>
    </message>
    <message>
        <source>Import the carrier&apos;s rate sheet as its buy table; your sell plan is made from it with a markup.</source>
        <translation>Importe la hoja de tarifas del operador como su tabla de compra; su plan de venta se hace a partir de ella con un margen.</translation>
    </message>
    <message>
        <source>Skip: import rates later on the Rates page</source>
        <translation>Omitir: importar tarifas más tarde en la página Tarifas</translation>
    </message>
    <message>
        <source>the carrier&apos;s CSV rate sheet</source>
        <translation>la hoja de tarifas CSV del operador</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Minorista</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Rate &amp;sheet:</source>
        <translation>&amp;Hoja de tarifas:</translation>
    </message>
    <message>
        <source>Comma, semicolon or tab separated, as carriers send them. A sheet with a bad line imports nothing.</source>
        <translation>Separada por comas, puntos y coma o tabuladores, como la envían los operadores. Una hoja con una línea errónea no importa nada.</translation>
    </message>
    <message>
        <source>&amp;Buy table:</source>
        <translation>Tabla de co&amp;mpra:</translation>
    </message>
    <message>
        <source>Se&amp;ll plan:</source>
        <translation>P&amp;lan de venta:</translation>
    </message>
    <message>
        <source>&amp;Markup:</source>
        <translation>&amp;Margen:</translation>
    </message>
    <message>
        <source>Added to every buy rate; sell rates are rounded up to 0.001 and never below cost.</source>
        <translation>Se suma a cada tarifa de compra; las tarifas de venta se redondean hacia arriba a 0.001 y nunca quedan por debajo del coste.</translation>
    </message>
    <message>
        <source>Carrier rate sheet</source>
        <translation>Hoja de tarifas del operador</translation>
    </message>
    <message>
        <source>Rate sheets (*.csv *.txt);;All files (*)</source>
        <translation>Hojas de tarifas (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the carrier&apos;s rate sheet, or skip this page.</source>
        <translation>Elija la hoja de tarifas del operador, u omita esta página.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Replace rate tables?</source>
        <translation>¿Reemplazar las tablas de tarifas?</translation>
    </message>
    <message>
        <source>There are already rate tables called %1. Their rates are replaced by this sheet and the markup; subscribers on them are billed by the new rates at once.</source>
        <translation>Ya hay tablas de tarifas llamadas %1. Sus tarifas se reemplazan por esta hoja y el margen; los abonados que las usan se facturan con las tarifas nuevas de inmediato.</translation>
    </message>
    <message>
        <source>Give new names to keep the rate tables there are.</source>
        <translation>Dé nombres nuevos para conservar las tablas de tarifas existentes.</translation>
    </message>
    <message>
        <source>Problems found in %1: %2; nothing was imported. Fix the file and try again.</source>
        <translation>Problemas encontrados en %1: %2; no se importó nada. Corrija el archivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A first DID</source>
        <translation>Un primer DID</translation>
    </message>
    <message>
        <source>A number subscribers ring to be called back: the call is refused (so it costs them nothing) and the switch calls them back.</source>
        <translation>Un número al que llaman los abonados para que se les devuelva la llamada: la llamada se rechaza (así no les cuesta nada) y la central les llama.</translation>
    </message>
    <message>
        <source>Skip: add DIDs later on the DIDs page</source>
        <translation>Omitir: añadir DID más tarde en la página DID</translation>
    </message>
    <message>
        <source>+1 212 555 0101</source>
        <translation>+1 212 555 0101</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>In international form: country code and number, as the carrier delivers it.</source>
        <translation>En formato internacional: código de país y número, tal como lo entrega el operador.</translation>
    </message>
    <message>
        <source>&amp;Subscriber:</source>
        <translation>&amp;Abonado:</translation>
    </message>
    <message>
        <source>Whose DID it is; a DID without one is answered 404 until it gets one on the DIDs page.</source>
        <translation>De quién es el DID; un DID sin abonado se responde con 404 hasta que reciba uno en la página DID.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aún ninguno)</translation>
    </message>
    <message>
        <source>What works, and what is left</source>
        <translation>Qué funciona y qué falta</translation>
    </message>
    <message>
        <source>Every page you went through is saved. The assistant can be run again from the Help menu.</source>
        <translation>Cada página por la que pasó está guardada. El asistente se puede volver a ejecutar desde el menú Ayuda.</translation>
    </message>
    <message>
        <source>Settings saved: %1, %2, home country code +%3.</source>
        <translation>Ajustes guardados: %1, %2, código de país local +%3.</translation>
    </message>
    <message>
        <source>This database still holds the demo data. To start clean: rebound --no-demo --db NEWFILE</source>
        <translation>Esta base de datos aún contiene los datos de demostración. Para empezar de cero: rebound --no-demo --db NEWFILE</translation>
    </message>
    <message>
        <source>No switch runs in this console; start one (rebound-switch serve) to take calls on %1.</source>
        <translation>No hay central en marcha en esta consola; inicie una (rebound-switch serve) para atender llamadas en %1.</translation>
    </message>
    <message>
        <source>The switch is listening on %1.</source>
        <translation>La central escucha en %1.</translation>
    </message>
    <message>
        <source>The switch could not start on %1: %2</source>
        <translation>La central no pudo arrancar en %1: %2</translation>
    </message>
    <message>
        <source>The switch is stopped; start it to take calls on %1.</source>
        <translation>La central está detenida; iníciela para atender llamadas en %1.</translation>
    </message>
    <message>
        <source>The switch is starting on %1…</source>
        <translation>La central está arrancando en %1…</translation>
    </message>
    <message>
        <source>Gateway %1 (%2): %3</source>
        <translation>Pasarela %1 (%2): %3</translation>
    </message>
    <message>
        <source>Gateway %1 (%2) was not checked: %3</source>
        <translation>La pasarela %1 (%2) no se comprobó: %3</translation>
    </message>
    <message>
        <source>waiting for its answer…</source>
        <translation>esperando su respuesta…</translation>
    </message>
    <message>
        <source>No carrier gateway yet: add one on the Gateways page.</source>
        <translation>Aún no hay pasarela de operador: añada una en la página Pasarelas.</translation>
    </message>
    <message>
        <source>Gateways: %1 (use Test reachability on the Gateways page).</source>
        <translation>Pasarelas: %1 (use Probar alcance en la página Pasarelas).</translation>
    </message>
    <message>
        <source>No routes: add one on the Gateways page so calls can go out.</source>
        <translation>No hay rutas: añada una en la página Pasarelas para que las llamadas puedan salir.</translation>
    </message>
    <message>
        <source>%1 (%2 rates)</source>
        <translation>%1 (%2 tarifas)</translation>
    </message>
    <message>
        <source>No gateway has a buy table: import the carrier&apos;s sheet on the Rates page and choose it in the gateway, or costs are unknown.</source>
        <translation>Ninguna pasarela tiene tabla de compra: importe la hoja del operador en la página Tarifas y elíjala en la pasarela, o los costes serán desconocidos.</translation>
    </message>
    <message>
        <source>Buy table: %1.</source>
        <translation>Tabla de compra: %1.</translation>
    </message>
    <message>
        <source>No sell plan: make one with the markup tool on the Rates page.</source>
        <translation>No hay plan de venta: cree uno con la herramienta de margen en la página Tarifas.</translation>
    </message>
    <message>
        <source>Sell plan: %1.</source>
        <translation>Plan de venta: %1.</translation>
    </message>
    <message>
        <source>No DID yet: add one on the DIDs page.</source>
        <translation>Aún no hay DID: añada uno en la página DID.</translation>
    </message>
    <message>
        <source>DID: +%1.</source>
        <translation>DID: +%1.</translation>
    </message>
    <message>
        <source>DIDs: +%1 and %2 more.</source>
        <translation>DID: +%1 y %2 más.</translation>
    </message>
    <message>
        <source>No subscriber yet: add your first subscriber on the Subscribers page.</source>
        <translation>Aún no hay abonados: añada el primero en la página Abonados.</translation>
    </message>
    <message>
        <source>Subscribers: %1.</source>
        <translation>Abonados: %1.</translation>
    </message>
    <message>
        <source>The subscriber portal is off (Portal address on the SIP page, or the Settings page).</source>
        <translation>El portal de abonados está desactivado (Dirección del portal en la página SIP, o la página Ajustes).</translation>
    </message>
    <message>
        <source>The subscriber portal is at %1</source>
        <translation>El portal de abonados está en %1</translation>
    </message>
    <message>
        <source>The subscriber portal will be at %1://%2 when the switch runs.</source>
        <translation>El portal de abonados estará en %1://%2 cuando la central esté en marcha.</translation>
    </message>
    <message>
        <source>Set-up assistant</source>
        <translation>Asistente de configuración</translation>
    </message>
</context>
<context>
    <name>rebound::console::SipLogPage</name>
    <message>
        <source>SIP log</source>
        <translation>Registro SIP</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>&amp;Pause scrolling</source>
        <translation>&amp;Pausar desplazamiento</translation>
    </message>
    <message>
        <source>Keep the view where it is while new lines arrive.</source>
        <translation>Mantener la vista donde está mientras llegan líneas nuevas.</translation>
    </message>
    <message>
        <source>Waiting for SIP activity…</source>
        <translation>Esperando actividad SIP…</translation>
    </message>
    <message>
        <source>The switch is not running in this console.</source>
        <translation>La central no está en marcha en esta consola.</translation>
    </message>
    <message>
        <source>Switch failed: %1</source>
        <translation>Fallo de la central: %1</translation>
    </message>
</context>
<context>
    <name>rebound::console::SubscriberDialog</name>
    <message>
        <source>Edit subscriber %1</source>
        <translation>Editar abonado %1</translation>
    </message>
    <message>
        <source>New subscriber</source>
        <translation>Nuevo abonado</translation>
    </message>
    <message>
        <source>e.g. 1006</source>
        <translation>p. ej. 1006</translation>
    </message>
    <message>
        <source>&amp;Account code:</source>
        <translation>Código de &amp;cuenta:</translation>
    </message>
    <message>
        <source>Digits the subscriber types in SMS and on the phone keypad.</source>
        <translation>Dígitos que el abonado teclea en SMS y en el teclado del teléfono.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Member id:</source>
        <translation>&amp;Id de socio:</translation>
    </message>
    <message>
        <source>Web portal login; leave empty for none.</source>
        <translation>Acceso al portal web; vacío para ninguno.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password.</source>
        <translation>Déjela vacía para conservar la contraseña actual.</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN. 6 to 12 digits, for the IVR and for SMS sent from other phones.</source>
        <translation>Déjelo vacío para conservar el PIN actual. De 6 a 12 dígitos, para el IVR y para SMS enviados desde otros teléfonos.</translation>
    </message>
    <message>
        <source>Optional: 6 to 12 digits, for the IVR and for SMS sent from other phones.</source>
        <translation>Opcional: de 6 a 12 dígitos, para el IVR y para SMS enviados desde otros teléfonos.</translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation>+44 7700 900123</translation>
    </message>
    <message>
        <source>&amp;Callback number:</source>
        <translation>Número de call&amp;back:</translation>
    </message>
    <message>
        <source>The phone the switch calls back. An earlier callback number stays a registered phone until it is removed below.</source>
        <translation>El teléfono al que llama la central. Un número de callback anterior sigue siendo un teléfono registrado hasta que se quite abajo.</translation>
    </message>
    <message>
        <source>The phone the switch calls back.</source>
        <translation>El teléfono al que llama la central.</translation>
    </message>
    <message>
        <source>Only from the registered phones</source>
        <translation>Solo desde los teléfonos registrados</translation>
    </message>
    <message>
        <source>&amp;DID triggers:</source>
        <translation>&amp;Disparos DID:</translation>
    </message>
    <message>
        <source>Ringing a DID asks for a callback only from the subscriber&apos;s own phones (once one is registered).</source>
        <translation>Llamar a un DID pide un callback solo desde los teléfonos del propio abonado (en cuanto haya uno registrado).</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>C&amp;redit limit:</source>
        <translation>Límite de c&amp;rédito:</translation>
    </message>
    <message>
        <source>How far below zero the balance may go; 0 for prepaid.</source>
        <translation>Cuánto puede bajar el saldo por debajo de cero; 0 para prepago.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Concurrent &amp;calls:</source>
        <translation>&amp;Llamadas simultáneas:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>(none: calls are refused)</source>
        <translation>(ninguno: se rechazan las llamadas)</translation>
    </message>
    <message>
        <source>Sell p&amp;lan:</source>
        <translation>Plan de &amp;venta:</translation>
    </message>
    <message>
        <source>The rates this subscriber pays.</source>
        <translation>Las tarifas que paga este abonado.</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Registered p&amp;hones:</source>
        <translation>&amp;Teléfonos registrados:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add subscriber</source>
        <translation>Añadir abonado</translation>
    </message>
    <message>
        <source>%1 (callback number)</source>
        <translation>%1 (número de callback)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Every callback number the subscriber has had. These phones may ask for a callback by SMS without the PIN and ring the subscriber&apos;s DIDs.</source>
        <translation>Cada número de callback que ha tenido el abonado. Estos teléfonos pueden pedir un callback por SMS sin el PIN y llamar a los DID del abonado.</translation>
    </message>
    <message>
        <source>Remove registered phone</source>
        <translation>Quitar teléfono registrado</translation>
    </message>
    <message>
        <source>Remove %1 from the registered phones of subscriber %2? Once you save, it can no longer ask for a callback by SMS without the PIN or ring the subscriber&apos;s DIDs.</source>
        <translation>¿Quitar %1 de los teléfonos registrados del abonado %2? Al guardar, ya no podrá pedir un callback por SMS sin el PIN ni llamar a los DID del abonado.</translation>
    </message>
    <message>
        <source>Removed when you save: %1</source>
        <translation>Se quita al guardar: %1</translation>
    </message>
</context>
<context>
    <name>rebound::console::SubscriberModel</name>
    <message>
        <source>Demo subscriber created on first start</source>
        <translation>Abonado de demostración creado en el primer arranque</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>Id de socio</translation>
    </message>
    <message>
        <source>Callback number</source>
        <translation>Número de callback</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Límite de crédito</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>rebound::console::SubscribersPage</name>
    <message>
        <source>Subscribers</source>
        <translation>Abonados</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Adjust &amp;balance…</source>
        <translation>Ajustar &amp;saldo…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add subscribers from a CSV file; a file with any bad line changes nothing</source>
        <translation>Añadir abonados desde un archivo CSV; un archivo con alguna línea errónea no cambia nada</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save every subscriber as a CSV file, without passwords or PINs</source>
        <translation>Guardar todos los abonados en un archivo CSV, sin contraseñas ni PIN</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Search code, name, number…</source>
        <translation>Buscar código, nombre, número…</translation>
    </message>
    <message>
        <source>Delete subscriber %1 (%2)? Their callback numbers go with them.</source>
        <translation>¿Borrar el abonado %1 (%2)? Sus números de callback se borran con él.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>Delete subscriber</source>
        <translation>Borrar abonado</translation>
    </message>
    <message>
        <source>Cannot delete subscriber</source>
        <translation>No se puede borrar el abonado</translation>
    </message>
    <message>
        <source>Adjust balance</source>
        <translation>Ajustar saldo</translation>
    </message>
    <message>
        <source>Import subscribers</source>
        <translation>Importar abonados</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export subscribers</source>
        <translation>Exportar abonados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 subscribers imported.</source>
        <translation>%1 abonados importados.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 subscribers to %2.</source>
        <translation>Se escribieron %1 abonados en %2.</translation>
    </message>
</context>
<context>
    <name>rebound::console::SwitchStatusLabel</name>
    <message>
        <source>not started by this console</source>
        <translation>no iniciada por esta consola</translation>
    </message>
    <message>
        <source>Switch: stopping, ending the calls in progress…</source>
        <translation>Central: deteniéndose, terminando las llamadas en curso…</translation>
    </message>
    <message>
        <source>Switch: starting…</source>
        <translation>Central: arrancando…</translation>
    </message>
    <message>
        <source>shut down</source>
        <translation>apagada</translation>
    </message>
    <message>
        <source>Switch: SIP running</source>
        <translation>Central: SIP en marcha</translation>
    </message>
    <message>
        <source>Switch: SIP on %1</source>
        <translation>Central: SIP en %1</translation>
    </message>
    <message>
        <source>portal %1</source>
        <translation>portal %1</translation>
    </message>
    <message>
        <source>The embedded callback switch is answering SIP; see the SIP log page.</source>
        <translation>La central de callback integrada está atendiendo SIP; vea la página Registro SIP.</translation>
    </message>
    <message>
        <source>Switch failed: %1</source>
        <translation>Fallo de la central: %1</translation>
    </message>
    <message>
        <source>Switch stopped: %1</source>
        <translation>Central detenida: %1</translation>
    </message>
    <message>
        <source>The console keeps working without the switch, but no callbacks are placed.
%1</source>
        <translation>La consola sigue funcionando sin la central, pero no se hacen callbacks.
%1</translation>
    </message>
</context>
<context>
    <name>rebound::console::TestPhonesPage</name>
    <message>
        <source>Test phones</source>
        <translation>Teléfonos de prueba</translation>
    </message>
    <message>
        <source>Two software phones inside the console: A is the subscriber&apos;s phone, B the destination. The switch reaches them through the built-in test carrier, which only test calls use, so real calls route as before. Test calls are billed to the subscriber like real calls and marked as test calls in the records and reports.</source>
        <translation>Dos teléfonos por software dentro de la consola: A es el teléfono del abonado, B el destino. La central los alcanza por el operador de prueba integrado, que solo usan las llamadas de prueba, así que las llamadas reales se enrutan como antes. Las llamadas de prueba se facturan al abonado como las reales y se marcan como de prueba en los registros y los informes.</translation>
    </message>
    <message>
        <source>Turn the test phones &amp;on</source>
        <translation>&amp;Encender los teléfonos de prueba</translation>
    </message>
    <message>
        <source>The test phones are off.</source>
        <translation>Los teléfonos de prueba están apagados.</translation>
    </message>
    <message>
        <source>the number phone B answers, e.g. +1 202 555 0147</source>
        <translation>el número que contesta el teléfono B, p. ej. +1 202 555 0147</translation>
    </message>
    <message>
        <source>&amp;Subscriber:</source>
        <translation>&amp;Abonado:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>Des&amp;tino:</translation>
    </message>
    <message>
        <source>Ring my &amp;DID</source>
        <translation>Llamar a mi &amp;DID</translation>
    </message>
    <message>
        <source>Send S&amp;MS</source>
        <translation>Enviar S&amp;MS</translation>
    </message>
    <message>
        <source>&amp;Web callback</source>
        <translation>Callback &amp;web</translation>
    </message>
    <message>
        <source>&amp;API callback</source>
        <translation>Callback de AP&amp;I</translation>
    </message>
    <message>
        <source>Phone A calls the subscriber&apos;s DID through the test carrier, gets busy, and is called back; key the destination and # when the IVR asks.</source>
        <translation>El teléfono A llama al DID del abonado por el operador de prueba, recibe ocupado y se le devuelve la llamada; marque el destino y # cuando el IVR lo pida.</translation>
    </message>
    <message>
        <source>Phone A sends the SMS a carrier would pass on: the account code and the destination.</source>
        <translation>El teléfono A envía el SMS que pasaría un operador: el código de cuenta y el destino.</translation>
    </message>
    <message>
        <source>The callback the web portal would ask for.</source>
        <translation>El callback que pediría el portal web.</translation>
    </message>
    <message>
        <source>The callback the JSON API would ask for.</source>
        <translation>El callback que pediría la API JSON.</translation>
    </message>
    <message>
        <source>Phone A: the subscriber&apos;s phone</source>
        <translation>Teléfono A: el teléfono del abonado</translation>
    </message>
    <message>
        <source>Phone B: the destination</source>
        <translation>Teléfono B: el destino</translation>
    </message>
    <message>
        <source>The call&apos;s record appears here once the callback ends.</source>
        <translation>El registro de la llamada aparece aquí cuando termina el callback.</translation>
    </message>
    <message>
        <source>Show on the &amp;Calls page</source>
        <translation>Ver en la página &amp;Llamadas</translation>
    </message>
    <message>
        <source>Phone A</source>
        <translation>Teléfono A</translation>
    </message>
    <message>
        <source>Phone B</source>
        <translation>Teléfono B</translation>
    </message>
    <message>
        <source>%1 rings, caller ID %2</source>
        <translation>%1 suena, identificador de llamada %2</translation>
    </message>
    <message>
        <source>%1 is talking</source>
        <translation>%1 está hablando</translation>
    </message>
    <message>
        <source>%1 is idle</source>
        <translation>%1 está libre</translation>
    </message>
    <message>
        <source>%1 calls %2</source>
        <translation>%1 llama a %2</translation>
    </message>
    <message>
        <source>The switch took the SMS: %1</source>
        <translation>La central aceptó el SMS: %1</translation>
    </message>
    <message>
        <source>SMS to phone A: &quot;%1&quot;</source>
        <translation>SMS al teléfono A: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Callback #%1 requested (a test call)</source>
        <translation>Callback #%1 pedido (una llamada de prueba)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Contestar</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Answer by itself</source>
        <translation>Respuesta automática</translation>
    </message>
    <message>
        <source>%1 keys %2</source>
        <translation>%1 marca %2</translation>
    </message>
    <message>
        <source>Hears:</source>
        <translation>Oye:</translation>
    </message>
    <message>
        <source>Test phones on %1:%2; the test carrier &quot;%3&quot; points at them</source>
        <translation>Teléfonos de prueba en %1:%2; el operador de prueba &quot;%3&quot; apunta a ellos</translation>
    </message>
    <message>
        <source>The switch is not running: start it from the Switch menu.</source>
        <translation>La central no está en marcha: iníciela desde el menú Central.</translation>
    </message>
    <message>
        <source>Phone A rings DID %1; when the IVR asks, key %2</source>
        <translation>El teléfono A llama al DID %1; cuando el IVR lo pida, marque %2</translation>
    </message>
    <message>
        <source>Phone A texts &quot;%1&quot;</source>
        <translation>El teléfono A envía el SMS &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A web callback to %1</source>
        <translation>Un callback web al %1</translation>
    </message>
    <message>
        <source>An API callback to %1</source>
        <translation>Un callback de API al %1</translation>
    </message>
    <message>
        <source>Callback #%1: %2</source>
        <translation>Callback #%1: %2</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>Llamando a %1</translation>
    </message>
    <message>
        <source>Ringing: %1</source>
        <translation>Sonando: %1</translation>
    </message>
    <message>
        <source>Talking with %1, %2</source>
        <translation>Hablando con %1, %2</translation>
    </message>
    <message>
        <source>Number: chosen when a callback is asked for</source>
        <translation>Número: se elige al pedir un callback</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Número: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <source>Turn the test phones &amp;off</source>
        <translation>A&amp;pagar los teléfonos de prueba</translation>
    </message>
    <message>
        <source>On: 127.0.0.1:%1, reached through the test carrier &quot;%2&quot;.</source>
        <translation>Encendidos: 127.0.0.1:%1, alcanzados por el operador de prueba &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>On, but the switch is not running: start it from the Switch menu.</source>
        <translation>Encendidos, pero la central no está en marcha: iníciela desde el menú Central.</translation>
    </message>
    <message>
        <source>Which phone&apos;s sound this computer plays: the prompts phone A hears, or the call as the destination hears it.</source>
        <translation>Qué teléfono suena en este ordenador: las locuciones que oye el teléfono A, o la llamada tal como la oye el destino.</translation>
    </message>
    <message>
        <source>&amp;Listen to:</source>
        <translation>E&amp;scuchar:</translation>
    </message>
    <message>
        <source>No audio output on this computer: levels only.</source>
        <translation>Este ordenador no tiene salida de audio: solo niveles.</translation>
    </message>
    <message>
        <source>The level of the audio this phone receives.</source>
        <translation>El nivel del audio que recibe este teléfono.</translation>
    </message>
    <message>
        <source>The switch turned the DID call away with %1 %2, so it costs nothing; the callback follows</source>
        <translation>La central rechazó la llamada al DID con %1 %2, así que no cuesta nada; a continuación llega el callback</translation>
    </message>
    <message>
        <source>%1&apos;s call failed: %2 %3</source>
        <translation>La llamada de %1 falló: %2 %3</translation>
    </message>
    <message>
        <source>The switch turned the DID call away with %1 %2 and will not call back. Refused: %3</source>
        <translation>La central rechazó la llamada al DID con %1 %2 y no devolverá la llamada. Rechazado: %3</translation>
    </message>
</context>
<context>
    <name>rebound::media::MediaEngine</name>
    <message>
        <source>The media bind address %1 is not an IPv4 address</source>
        <translation>La dirección de medios %1 no es una dirección IPv4</translation>
    </message>
    <message>
        <source>Cannot open an RTP socket: %1</source>
        <translation>No se puede abrir un socket RTP: %1</translation>
    </message>
    <message>
        <source>No free RTP port on %1 in %2-%3; widen media.port_min/port_max</source>
        <translation>No hay puerto RTP libre en %1 en %2-%3; amplíe media.port_min/port_max</translation>
    </message>
    <message>
        <source>The media address %1 is not an IPv4 address</source>
        <translation>La dirección de medios %1 no es una dirección IPv4</translation>
    </message>
    <message>
        <source>There is no prompt called &quot;%1&quot; in the %2 prompt set</source>
        <translation>No hay ninguna locución llamada &quot;%1&quot; en el conjunto de locuciones %2</translation>
    </message>
    <message>
        <source>(none loaded)</source>
        <translation>(ninguno cargado)</translation>
    </message>
    <message>
        <source>There is no prompt called &quot;%1&quot; in the %2 or the %3 prompt set</source>
        <translation>No hay ninguna locución llamada &quot;%1&quot; en el conjunto de locuciones %2 ni en el %3</translation>
    </message>
</context>
<context>
    <name>rebound::network::DidService</name>
    <message>
        <source>DID #%1 does not exist.</source>
        <translation>El DID #%1 no existe.</translation>
    </message>
    <message>
        <source>DID %1 does not exist.</source>
        <translation>El DID %1 no existe.</translation>
    </message>
    <message>
        <source>Enter the DID number, e.g. +1 212 555 0101.</source>
        <translation>Introduzca el número DID, p. ej. +1 212 555 0101.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an international number: use 3 to 15 digits starting with the country code (not 0), optionally after a +.</source>
        <translation>&apos;%1&apos; no es un número internacional: use de 3 a 15 dígitos empezando por el código de país (no 0), opcionalmente tras un +.</translation>
    </message>
    <message>
        <source>DID %1 already exists (subscriber %2).</source>
        <translation>El DID %1 ya existe (abonado %2).</translation>
    </message>
    <message>
        <source>DID %1 already exists.</source>
        <translation>El DID %1 ya existe.</translation>
    </message>
    <message>
        <source>Subscriber #%1 does not exist.</source>
        <translation>El abonado #%1 no existe.</translation>
    </message>
    <message>
        <source>An LGW DID needs the gateway that leg A goes out through; choose one, or set the mode to DID.</source>
        <translation>Un DID LGW necesita la pasarela por la que sale el tramo A; elija una, o ponga el modo en DID.</translation>
    </message>
    <message>
        <source>Gateway #%1 does not exist.</source>
        <translation>La pasarela #%1 no existe.</translation>
    </message>
</context>
<context>
    <name>rebound::network::GatewayService</name>
    <message>
        <source>Enter the gateway&apos;s host name or IP address.</source>
        <translation>Introduzca el nombre de host o la dirección IP de la pasarela.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address.</source>
        <translation>&apos;%1&apos; no es una dirección IPv4 válida.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or IP address (like sip.carrier.example or 203.0.113.7).</source>
        <translation>&apos;%1&apos; no es un nombre de host ni una dirección IP (como sip.carrier.example o 203.0.113.7).</translation>
    </message>
    <message>
        <source>Entry %1, &apos;%2&apos;, is neither an IP address nor a subnet; write them like 203.0.113.7 or 198.51.100.0/24, separated by commas.</source>
        <translation>La entrada %1, &apos;%2&apos;, no es una dirección IP ni una subred; escríbalas como 203.0.113.7 o 198.51.100.0/24, separadas por comas.</translation>
    </message>
    <message>
        <source>Gateway #%1 does not exist.</source>
        <translation>La pasarela #%1 no existe.</translation>
    </message>
    <message>
        <source>Enter a name, e.g. the carrier&apos;s.</source>
        <translation>Introduzca un nombre, p. ej. el del operador.</translation>
    </message>
    <message>
        <source>There is already a gateway named %1.</source>
        <translation>Ya hay una pasarela llamada %1.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535 (SIP uses 5060, TLS 5061).</source>
        <translation>El puerto debe ser un número de 1 a 65535 (SIP usa 5060, TLS 5061).</translation>
    </message>
    <message>
        <source>The transport is udp, tcp or tls.</source>
        <translation>El transporte es udp, tcp o tls.</translation>
    </message>
    <message>
        <source>Strip from 0 to %1 leading digits.</source>
        <translation>Quite de 0 a %1 dígitos iniciales.</translation>
    </message>
    <message>
        <source>The prefix may contain only digits.</source>
        <translation>El prefijo solo puede contener dígitos.</translation>
    </message>
    <message>
        <source>Write the caller ID as a phone number, e.g. +12125550100.</source>
        <translation>Escriba el ID de llamante como un número de teléfono, p. ej. +12125550100.</translation>
    </message>
    <message>
        <source>Rate table #%1 does not exist.</source>
        <translation>La tabla de tarifas #%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a sell plan; a gateway&apos;s costs come from a buy table.</source>
        <translation>%1 es un plan de venta; los costes de una pasarela vienen de una tabla de compra.</translation>
    </message>
    <message>
        <source>Allow from 0 (no limit) to %1 calls at once.</source>
        <translation>Permita de 0 (sin límite) a %1 llamadas a la vez.</translation>
    </message>
    <message>
        <source>%1 is still the gateway of LGW DIDs; give them another gateway or make them plain DIDs first.</source>
        <translation>%1 sigue siendo la pasarela de DID LGW; deles otra pasarela o conviértalos antes en DID normales.</translation>
    </message>
</context>
<context>
    <name>rebound::network::RouteService</name>
    <message>
        <source>The prefix may contain only digits (at most 15), like 44 or 1212; leave it empty to route every number.</source>
        <translation>El prefijo solo puede contener dígitos (como máximo 15), como 44 o 1212; déjelo vacío para enrutar todos los números.</translation>
    </message>
    <message>
        <source>Choose the gateway these numbers go out through; add one first if there is none.</source>
        <translation>Elija la pasarela por la que salen estos números; añada una antes si no hay ninguna.</translation>
    </message>
    <message>
        <source>Gateway #%1 does not exist.</source>
        <translation>La pasarela #%1 no existe.</translation>
    </message>
    <message>
        <source>The priority is a number from 0 to %1; for the same prefix, lower numbers are tried first.</source>
        <translation>La prioridad es un número de 0 a %1; para el mismo prefijo, se prueban primero los números más bajos.</translation>
    </message>
    <message>
        <source>%1 already has a route for every number.</source>
        <translation>%1 ya tiene una ruta para todos los números.</translation>
    </message>
    <message>
        <source>%1 already has a route for prefix %2.</source>
        <translation>%1 ya tiene una ruta para el prefijo %2.</translation>
    </message>
    <message>
        <source>Route #%1 does not exist.</source>
        <translation>La ruta #%1 no existe.</translation>
    </message>
</context>
<context>
    <name>rebound::routing::LegDialer</name>
    <message>
        <source>no response from the gateway</source>
        <translation>sin respuesta de la pasarela</translation>
    </message>
    <message>
        <source>no route to this number</source>
        <translation>no hay ruta hacia este número</translation>
    </message>
    <message>
        <source>gateway %1 is at its call limit</source>
        <translation>la pasarela %1 está en su límite de llamadas</translation>
    </message>
    <message>
        <source>trying %1</source>
        <translation>probando %1</translation>
    </message>
</context>
<context>
    <name>rebound::settings::Catalog</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>%1 is 0 (off) or at least 90 seconds.</source>
        <translation>%1 es 0 (desactivado) o al menos 90 segundos.</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>%1 debe ser un número de %2 a %3.</translation>
    </message>
    <message>
        <source>%1 must be an amount such as 5 or 2.50.</source>
        <translation>%1 debe ser un importe como 5 o 2.50.</translation>
    </message>
    <message>
        <source>%1 is one line of at most 200 characters.</source>
        <translation>%1 es una línea de como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>%1 is one of: %2.</source>
        <translation>%1 es uno de: %2.</translation>
    </message>
    <message>
        <source>%1: write an IP address and port, such as 192.168.1.20:%2%3.</source>
        <translation>%1: escriba una dirección IP y un puerto, como 192.168.1.20:%2%3.</translation>
    </message>
    <message>
        <source>, or off</source>
        <translation>, u off</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: write an IP address of this computer, such as 192.168.1.20.</source>
        <translation>%1: escriba una dirección IP de este ordenador, como 192.168.1.20.</translation>
    </message>
    <message>
        <source>%1: there is no readable file %2.</source>
        <translation>%1: no hay ningún archivo legible %2.</translation>
    </message>
    <message>
        <source>%1: %2 is a file, not a folder.</source>
        <translation>%1: %2 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone; use an IANA name such as Europe/London.</source>
        <translation>&apos;%1&apos; no es una zona horaria; use un nombre IANA como Europe/London.</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO code such as USD.</source>
        <translation>La moneda es un código ISO de tres letras, como USD.</translation>
    </message>
    <message>
        <source>%1: %2 to %3 digits.</source>
        <translation>%1: de %2 a %3 dígitos.</translation>
    </message>
    <message>
        <source>%1: digits separated by commas, such as 00,011.</source>
        <translation>%1: dígitos separados por comas, como 00,011.</translation>
    </message>
    <message>
        <source>SIP switch</source>
        <translation>Central SIP</translation>
    </message>
    <message>
        <source>SIP address</source>
        <translation>Dirección SIP</translation>
    </message>
    <message>
        <source>The address and port the switch answers SIP on, such as 192.168.1.20:5060. 127.0.0.1 answers only this machine; 0.0.0.0 every interface.</source>
        <translation>La dirección y el puerto en que la central atiende SIP, como 192.168.1.20:5060. 127.0.0.1 atiende solo a esta máquina; 0.0.0.0, a todas las interfaces.</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Dirección pública</translation>
    </message>
    <message>
        <source>Behind a router (NAT): the router&apos;s public address or host name, with :port when the router forwards another port to the SIP address. Contact, Via, From and the SDP of every call name it; the switch still listens on the SIP and media addresses.</source>
        <translation>Detrás de un router (NAT): la dirección pública o el nombre de host del router, con :puerto cuando el router reenvía otro puerto a la dirección SIP. Contact, Via, From y el SDP de cada llamada la usan; la central sigue escuchando en las direcciones SIP y de medios.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>User-Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>What the switch calls itself in User-Agent and Server headers. No version by default, so scanners learn nothing.</source>
        <translation>Cómo se presenta la central en las cabeceras User-Agent y Server. Sin versión por defecto, para que los escáneres no averigüen nada.</translation>
    </message>
    <message>
        <source>SIP over TCP</source>
        <translation>SIP sobre TCP</translation>
    </message>
    <message>
        <source>auto: TCP only when a gateway uses TCP or TLS; on: always; off: UDP only.</source>
        <translation>auto: TCP solo cuando una pasarela usa TCP o TLS; on: siempre; off: solo UDP.</translation>
    </message>
    <message>
        <source>TCP idle close (s)</source>
        <translation>Cierre TCP inactivo (s)</translation>
    </message>
    <message>
        <source>A TCP connection that carries nothing for this long is closed.</source>
        <translation>Una conexión TCP que no transporta nada durante este tiempo se cierra.</translation>
    </message>
    <message>
        <source>Session timer (s)</source>
        <translation>Temporizador de sesión (s)</translation>
    </message>
    <message>
        <source>RFC 4028 session refresh interval asked of peers; 0 turns session timers off (otherwise at least 90).</source>
        <translation>Intervalo de refresco de sesión RFC 4028 que se pide a los pares; 0 desactiva los temporizadores de sesión (si no, al menos 90).</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medios</translation>
    </message>
    <message>
        <source>RTP address</source>
        <translation>Dirección RTP</translation>
    </message>
    <message>
        <source>The address RTP is sent and received on. Empty: the SIP address.</source>
        <translation>La dirección por la que se envía y recibe RTP. Vacía: la dirección SIP.</translation>
    </message>
    <message>
        <source>the SIP address</source>
        <translation>la dirección SIP</translation>
    </message>
    <message>
        <source>Lowest RTP port</source>
        <translation>Puerto RTP más bajo</translation>
    </message>
    <message>
        <source>RTP ports are picked at random from this range; open it on the firewall.</source>
        <translation>Los puertos RTP se eligen al azar en este rango; ábralo en el cortafuegos.</translation>
    </message>
    <message>
        <source>Highest RTP port</source>
        <translation>Puerto RTP más alto</translation>
    </message>
    <message>
        <source>The top of the RTP port range (above the lowest).</source>
        <translation>El tope del rango de puertos RTP (por encima del más bajo).</translation>
    </message>
    <message>
        <source>Media timeout (s)</source>
        <translation>Tiempo sin medios (s)</translation>
    </message>
    <message>
        <source>An answered call that sends no RTP for this long is ended; 0 never ends a call for silence.</source>
        <translation>Una llamada contestada que no envía RTP durante este tiempo se termina; 0 nunca termina una llamada por silencio.</translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation>Portal web</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Dirección del portal</translation>
    </message>
    <message>
        <source>Where the subscriber portal, the SMS endpoint and the API listen, such as 0.0.0.0:8443; off: no portal.</source>
        <translation>Dónde escuchan el portal de abonados, el punto SMS y la API, como 0.0.0.0:8443; off: sin portal.</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificado TLS</translation>
    </message>
    <message>
        <source>A PEM certificate (with its chain): the portal then speaks HTTPS. Set the key too.</source>
        <translation>Un certificado PEM (con su cadena): el portal habla entonces HTTPS. Indique también la clave.</translation>
    </message>
    <message>
        <source>none: plain HTTP</source>
        <translation>ninguno: HTTP simple</translation>
    </message>
    <message>
        <source>TLS key</source>
        <translation>Clave TLS</translation>
    </message>
    <message>
        <source>The PEM private key of the certificate.</source>
        <translation>La clave privada PEM del certificado.</translation>
    </message>
    <message>
        <source>Sign-out after idle (min)</source>
        <translation>Cierre de sesión por inactividad (min)</translation>
    </message>
    <message>
        <source>A portal session unused this long is signed out.</source>
        <translation>Una sesión del portal sin uso durante este tiempo se cierra.</translation>
    </message>
    <message>
        <source>Sign-in failures</source>
        <translation>Fallos de acceso</translation>
    </message>
    <message>
        <source>Wrong passwords allowed within the window before the login is locked.</source>
        <translation>Contraseñas erróneas permitidas dentro de la ventana antes de bloquear el acceso.</translation>
    </message>
    <message>
        <source>Sign-in window (min)</source>
        <translation>Ventana de acceso (min)</translation>
    </message>
    <message>
        <source>The window sign-in failures are counted in.</source>
        <translation>La ventana en la que se cuentan los fallos de acceso.</translation>
    </message>
    <message>
        <source>Sign-in lock-out (min)</source>
        <translation>Bloqueo de acceso (min)</translation>
    </message>
    <message>
        <source>How long a login stays locked after too many failures.</source>
        <translation>Cuánto tiempo queda bloqueado un acceso tras demasiados fallos.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Open portal connections allowed in all.</source>
        <translation>Conexiones abiertas al portal permitidas en total.</translation>
    </message>
    <message>
        <source>Connections per address</source>
        <translation>Conexiones por dirección</translation>
    </message>
    <message>
        <source>Open portal connections allowed from one address.</source>
        <translation>Conexiones abiertas al portal permitidas desde una dirección.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nombre del negocio</translation>
    </message>
    <message>
        <source>Shown on the portal and printed cards.</source>
        <translation>Se muestra en el portal y en las tarjetas impresas.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>The ISO 4217 code balances, rates and cards are in, such as USD or EUR. Changing it converts nothing: set it before the first rates and top-ups.</source>
        <translation>El código ISO 4217 de los saldos, tarifas y tarjetas, como USD o EUR. Cambiarlo no convierte nada: fíjelo antes de las primeras tarifas y recargas.</translation>
    </message>
    <message>
        <source>Billing time zone</source>
        <translation>Zona horaria de facturación</translation>
    </message>
    <message>
        <source>The zone peak and off-peak windows, days and months are read in, such as Europe/London.</source>
        <translation>La zona en la que se leen las franjas punta y valle, los días y los meses, como Europe/London.</translation>
    </message>
    <message>
        <source>this machine&apos;s zone</source>
        <translation>la zona de esta máquina</translation>
    </message>
    <message>
        <source>Low balance</source>
        <translation>Saldo bajo</translation>
    </message>
    <message>
        <source>Subscribers below this balance are listed on the dashboard.</source>
        <translation>Los abonados por debajo de este saldo aparecen en el panel.</translation>
    </message>
    <message>
        <source>Dial plan</source>
        <translation>Plan de marcación</translation>
    </message>
    <message>
        <source>Home country code</source>
        <translation>Código del país local</translation>
    </message>
    <message>
        <source>The country code of the home country, such as 1 or 44.</source>
        <translation>El código de país del país local, como 1 o 44.</translation>
    </message>
    <message>
        <source>International prefixes</source>
        <translation>Prefijos internacionales</translation>
    </message>
    <message>
        <source>What people dial before a country code, comma-separated, such as 00 or 011.</source>
        <translation>Lo que se marca antes de un código de país, separado por comas, como 00 o 011.</translation>
    </message>
    <message>
        <source>National prefix</source>
        <translation>Prefijo nacional</translation>
    </message>
    <message>
        <source>What people dial before a national number, such as 0; empty: none.</source>
        <translation>Lo que se marca antes de un número nacional, como 0; vacío: ninguno.</translation>
    </message>
    <message>
        <source>Bare digits are</source>
        <translation>Los dígitos sin prefijo son</translation>
    </message>
    <message>
        <source>How a number with no prefix is read: international (callback customers abroad often omit the +) or national.</source>
        <translation>Cómo se lee un número sin prefijo: internacional (los clientes de callback en el extranjero suelen omitir el +) o nacional.</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>Call-back delay (ms)</source>
        <translation>Retardo de callback (ms)</translation>
    </message>
    <message>
        <source>The wait between a trigger and calling the subscriber back, so a phone that just got 486 Busy is free again.</source>
        <translation>La espera entre un disparo y la llamada de retorno al abonado, para que un teléfono que acaba de dar 486 Busy vuelva a estar libre.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>More tries of the subscriber&apos;s leg when busy or not answered.</source>
        <translation>Intentos adicionales del tramo del abonado si está ocupado o no contesta.</translation>
    </message>
    <message>
        <source>Retry delay (ms)</source>
        <translation>Espera entre reintentos (ms)</translation>
    </message>
    <message>
        <source>The wait between tries of the subscriber&apos;s leg.</source>
        <translation>La espera entre intentos del tramo del abonado.</translation>
    </message>
    <message>
        <source>Answer timeout (s)</source>
        <translation>Tiempo de respuesta (s)</translation>
    </message>
    <message>
        <source>The subscriber&apos;s phone rings this long at one gateway before it counts as not answered; 0: no limit.</source>
        <translation>El teléfono del abonado suena este tiempo en una pasarela antes de contar como no contestado; 0: sin límite.</translation>
    </message>
    <message>
        <source>IVR allowance (s)</source>
        <translation>Margen IVR (s)</translation>
    </message>
    <message>
        <source>Time of the subscriber&apos;s leg held in credit before the destination is known.</source>
        <translation>Tiempo del tramo del abonado reservado en crédito antes de conocer el destino.</translation>
    </message>
    <message>
        <source>Ring allowance (s)</source>
        <translation>Margen de timbrado (s)</translation>
    </message>
    <message>
        <source>Time of the subscriber&apos;s leg held in credit for the destination&apos;s ringing.</source>
        <translation>Tiempo del tramo del abonado reservado en crédito mientras suena el destino.</translation>
    </message>
    <message>
        <source>Warning before the limit (s)</source>
        <translation>Aviso antes del límite (s)</translation>
    </message>
    <message>
        <source>A warning tone plays this long before the credit runs out.</source>
        <translation>Un tono de aviso suena este tiempo antes de que se agote el crédito.</translation>
    </message>
    <message>
        <source>Longest call (s)</source>
        <translation>Llamada más larga (s)</translation>
    </message>
    <message>
        <source>Talk time cap even with unlimited credit.</source>
        <translation>Tope de conversación incluso con crédito ilimitado.</translation>
    </message>
    <message>
        <source>Announce the time left</source>
        <translation>Anunciar el tiempo restante</translation>
    </message>
    <message>
        <source>on: while the destination rings, the subscriber hears &quot;you can talk for N minutes&quot;, what their credit buys (not when the longest call comes first).</source>
        <translation>on: mientras suena el destino, el abonado oye &quot;puede hablar durante N minutos&quot;, lo que alcanza su crédito (no cuando la llamada más larga llega antes).</translation>
    </message>
    <message>
        <source>Announce the last minute</source>
        <translation>Anunciar el último minuto</translation>
    </message>
    <message>
        <source>on: a minute before the limit the subscriber hears &quot;your call will end in one minute&quot;, after the warning tone when that sounds then too.</source>
        <translation>on: un minuto antes del límite el abonado oye &quot;su llamada terminará en un minuto&quot;, tras el tono de aviso si también suena entonces.</translation>
    </message>
    <message>
        <source>Anti-repeat (s)</source>
        <translation>Antirrepetición (s)</translation>
    </message>
    <message>
        <source>A second request for the same subscriber within this time is ignored.</source>
        <translation>Una segunda solicitud del mismo abonado dentro de este tiempo se ignora.</translation>
    </message>
    <message>
        <source>Rate limits and lock-outs</source>
        <translation>Límites de tasa y bloqueos</translation>
    </message>
    <message>
        <source>SIP requests per second</source>
        <translation>Solicitudes SIP por segundo</translation>
    </message>
    <message>
        <source>Per source address, for every source but trusted gateways.</source>
        <translation>Por dirección de origen, para todo origen salvo las pasarelas de confianza.</translation>
    </message>
    <message>
        <source>SIP burst</source>
        <translation>Ráfaga SIP</translation>
    </message>
    <message>
        <source>Requests a source may send at once before the rate applies.</source>
        <translation>Solicitudes que un origen puede enviar de golpe antes de aplicar la tasa.</translation>
    </message>
    <message>
        <source>twice the rate</source>
        <translation>el doble de la tasa</translation>
    </message>
    <message>
        <source>Trusted gateway requests per second</source>
        <translation>Solicitudes por segundo de pasarela de confianza</translation>
    </message>
    <message>
        <source>Per trusted gateway: high, but a looping carrier cannot flood the switch.</source>
        <translation>Por pasarela de confianza: alto, pero un operador en bucle no puede inundar la central.</translation>
    </message>
    <message>
        <source>Trusted gateway burst</source>
        <translation>Ráfaga de pasarela de confianza</translation>
    </message>
    <message>
        <source>Requests a trusted gateway may send at once.</source>
        <translation>Solicitudes que una pasarela de confianza puede enviar de golpe.</translation>
    </message>
    <message>
        <source>Portal requests per second</source>
        <translation>Solicitudes al portal por segundo</translation>
    </message>
    <message>
        <source>Per client address.</source>
        <translation>Por dirección de cliente.</translation>
    </message>
    <message>
        <source>Portal burst</source>
        <translation>Ráfaga del portal</translation>
    </message>
    <message>
        <source>Requests a client may send at once.</source>
        <translation>Solicitudes que un cliente puede enviar de golpe.</translation>
    </message>
    <message>
        <source>SMS endpoint requests per second</source>
        <translation>Solicitudes al punto SMS por segundo</translation>
    </message>
    <message>
        <source>Per client address, on the HTTP SMS endpoint.</source>
        <translation>Por dirección de cliente, en el punto SMS por HTTP.</translation>
    </message>
    <message>
        <source>SMS endpoint burst</source>
        <translation>Ráfaga del punto SMS</translation>
    </message>
    <message>
        <source>Requests at once.</source>
        <translation>Solicitudes de golpe.</translation>
    </message>
    <message>
        <source>API requests per second</source>
        <translation>Solicitudes a la API por segundo</translation>
    </message>
    <message>
        <source>API burst</source>
        <translation>Ráfaga de la API</translation>
    </message>
    <message>
        <source>Card PIN failures</source>
        <translation>Fallos de PIN de tarjeta</translation>
    </message>
    <message>
        <source>Wrong card PINs (and IVR PINs) allowed from one source before it is locked out.</source>
        <translation>PIN de tarjeta (y PIN de IVR) erróneos permitidos desde un origen antes de bloquearlo.</translation>
    </message>
    <message>
        <source>Card failure window (min)</source>
        <translation>Ventana de fallos de tarjeta (min)</translation>
    </message>
    <message>
        <source>The window wrong card PINs are counted in.</source>
        <translation>La ventana en la que se cuentan los PIN de tarjeta erróneos.</translation>
    </message>
    <message>
        <source>Card lock-out (min)</source>
        <translation>Bloqueo de tarjeta (min)</translation>
    </message>
    <message>
        <source>How long a source that guessed PINs stays locked out.</source>
        <translation>Cuánto tiempo queda bloqueado un origen que intentó adivinar PIN.</translation>
    </message>
    <message>
        <source>SMS failures</source>
        <translation>Fallos de SMS</translation>
    </message>
    <message>
        <source>SMS texts with an unknown account code or a wrong PIN allowed from one sender (and against one account code) before it is locked out.</source>
        <translation>SMS con un código de cuenta desconocido o un PIN erróneo permitidos desde un remitente (y contra un código de cuenta) antes de bloquearlo.</translation>
    </message>
    <message>
        <source>SMS failure window (min)</source>
        <translation>Ventana de fallos SMS (min)</translation>
    </message>
    <message>
        <source>The window SMS failures are counted in.</source>
        <translation>La ventana en la que se cuentan los fallos de SMS.</translation>
    </message>
    <message>
        <source>SMS lock-out (min)</source>
        <translation>Bloqueo SMS (min)</translation>
    </message>
    <message>
        <source>How long a sender that guessed stays locked out.</source>
        <translation>Cuánto tiempo queda bloqueado un remitente que intentó adivinar.</translation>
    </message>
    <message>
        <source>Card expiry check (s)</source>
        <translation>Revisión de caducidad (s)</translation>
    </message>
    <message>
        <source>How often expired cards are closed.</source>
        <translation>Cada cuánto se cierran las tarjetas caducadas.</translation>
    </message>
    <message>
        <source>Fraud alarms</source>
        <translation>Alarmas de fraude</translation>
    </message>
    <message>
        <source>Callbacks per hour</source>
        <translation>Callbacks por hora</translation>
    </message>
    <message>
        <source>An account requesting more callbacks than this in an hour raises an alarm.</source>
        <translation>Una cuenta que pide más callbacks que esto en una hora dispara una alarma.</translation>
    </message>
    <message>
        <source>Spend per hour (account)</source>
        <translation>Gasto por hora (cuenta)</translation>
    </message>
    <message>
        <source>An account spending more than this in an hour raises an alarm; 0: no alarm.</source>
        <translation>Una cuenta que gasta más que esto en una hora dispara una alarma; 0: sin alarma.</translation>
    </message>
    <message>
        <source>Spend per hour (all)</source>
        <translation>Gasto por hora (total)</translation>
    </message>
    <message>
        <source>All subscribers together spending more than this in an hour raise an alarm; 0: no alarm.</source>
        <translation>Todos los abonados juntos gastando más que esto en una hora disparan una alarma; 0: sin alarma.</translation>
    </message>
    <message>
        <source>Premium price per minute</source>
        <translation>Precio premium por minuto</translation>
    </message>
    <message>
        <source>A call to a destination priced above this raises an alarm; 0: no alarm.</source>
        <translation>Una llamada a un destino con precio superior a este dispara una alarma; 0: sin alarma.</translation>
    </message>
    <message>
        <source>Lowest gateway ASR (%)</source>
        <translation>ASR mínimo de pasarela (%)</translation>
    </message>
    <message>
        <source>A gateway answering fewer of its attempts than this raises an alarm.</source>
        <translation>Una pasarela que contesta menos intentos que esto dispara una alarma.</translation>
    </message>
    <message>
        <source>ASR after attempts</source>
        <translation>ASR tras intentos</translation>
    </message>
    <message>
        <source>The ASR alarm needs at least this many attempts in the hour.</source>
        <translation>La alarma de ASR necesita al menos este número de intentos en la hora.</translation>
    </message>
    <message>
        <source>Suspend on alarm</source>
        <translation>Suspender con alarma</translation>
    </message>
    <message>
        <source>on: an account that raises an alarm is suspended at once.</source>
        <translation>on: una cuenta que dispara una alarma se suspende de inmediato.</translation>
    </message>
    <message>
        <source>Check every (s)</source>
        <translation>Revisar cada (s)</translation>
    </message>
    <message>
        <source>How often the fraud checks run.</source>
        <translation>Cada cuánto se ejecutan las comprobaciones de fraude.</translation>
    </message>
    <message>
        <source>Backups and retention</source>
        <translation>Copias y retención</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Copia diaria</translation>
    </message>
    <message>
        <source>on: the running switch writes a copy of the database once a day, rebound-YYYY-MM-DD.sqlite, with the card PIN key beside it.</source>
        <translation>on: la central en marcha escribe una copia de la base de datos una vez al día, rebound-YYYY-MM-DD.sqlite, con la clave de PIN de tarjetas al lado.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <source>Where daily copies go, best on another disk; a relative path is read from the database&apos;s folder.</source>
        <translation>Dónde van las copias diarias, mejor en otro disco; una ruta relativa se lee desde la carpeta de la base de datos.</translation>
    </message>
    <message>
        <source>DATABASE-backups beside the database</source>
        <translation>DATABASE-backups junto a la base de datos</translation>
    </message>
    <message>
        <source>Daily copies kept</source>
        <translation>Copias diarias guardadas</translation>
    </message>
    <message>
        <source>The oldest daily copies beyond this many are deleted.</source>
        <translation>Se borran las copias diarias más antiguas por encima de este número.</translation>
    </message>
    <message>
        <source>Audit log kept (days)</source>
        <translation>Auditoría guardada (días)</translation>
    </message>
    <message>
        <source>Older audit entries are deleted; 0 keeps them for ever.</source>
        <translation>Se borran las entradas de auditoría más antiguas; 0 las guarda para siempre.</translation>
    </message>
    <message>
        <source>Card attempts kept (days)</source>
        <translation>Intentos de tarjeta guardados (días)</translation>
    </message>
    <message>
        <source>Older card redemption attempts are deleted; 0 keeps them for ever.</source>
        <translation>Se borran los intentos de canje de tarjeta más antiguos; 0 los guarda para siempre.</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>El idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the console, and how it writes numbers, dates and money. system: the language of this computer&apos;s locale when Rebound speaks it, otherwise English.</source>
        <translation>El idioma de la consola, y cómo escribe números, fechas y dinero. system: el idioma de la configuración regional de este ordenador si Rebound lo habla, si no inglés.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code.</source>
        <translation>%1 no es un código de moneda ISO 4217.</translation>
    </message>
</context>
<context>
    <name>rebound::settings::SettingsService</name>
    <message>
        <source>%1 is made by &apos;rebound-switch sms-http secret&apos;.</source>
        <translation>%1 lo crea &apos;rebound-switch sms-http secret&apos;.</translation>
    </message>
    <message>
        <source>%1 is created by the switch and cannot be set.</source>
        <translation>%1 lo crea la central y no se puede fijar.</translation>
    </message>
    <message>
        <source>There is no setting called %1; &apos;settings list&apos; shows them.</source>
        <translation>No hay ningún ajuste llamado %1; &apos;settings list&apos; los muestra.</translation>
    </message>
    <message>
        <source>The highest RTP port must be above the lowest one.</source>
        <translation>El puerto RTP más alto debe estar por encima del más bajo.</translation>
    </message>
    <message>
        <source>HTTPS needs both the TLS certificate and its key; set both or neither.</source>
        <translation>HTTPS necesita el certificado TLS y su clave; fije ambos o ninguno.</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate.</source>
        <translation>%1 no es un certificado PEM.</translation>
    </message>
    <message>
        <source>%1 is not a PEM private key.</source>
        <translation>%1 no es una clave privada PEM.</translation>
    </message>
</context>
<context>
    <name>rebound::sip::SipStack</name>
    <message>
        <source>the other side hung up</source>
        <translation>el otro lado colgó</translation>
    </message>
    <message>
        <source>hung up</source>
        <translation>colgó</translation>
    </message>
    <message>
        <source>The SIP stack is already running.</source>
        <translation>La pila SIP ya está en marcha.</translation>
    </message>
    <message>
        <source>The SIP stack needs Qt&apos;s GLib event dispatcher (the default on Debian); it is not in use here. Unset QT_NO_GLIB.</source>
        <translation>La pila SIP necesita el despachador de eventos GLib de Qt (el predeterminado en Debian); aquí no se usa. Quite QT_NO_GLIB.</translation>
    </message>
    <message>
        <source>Cannot create the SIP event root.</source>
        <translation>No se puede crear la raíz de eventos SIP.</translation>
    </message>
    <message>
        <source>Cannot listen for SIP on %1:%2.</source>
        <translation>No se puede escuchar SIP en %1:%2.</translation>
    </message>
    <message>
        <source>Cannot listen for SIP on %1:%2: %3.</source>
        <translation>No se puede escuchar SIP en %1:%2: %3.</translation>
    </message>
    <message>
        <source>SIP listening on %1:%2 (%3)</source>
        <translation>SIP escuchando en %1:%2 (%3)</translation>
    </message>
    <message>
        <source>Contact, Via and From name the public address %1</source>
        <translation>Contact, Via y From usan la dirección pública %1</translation>
    </message>
    <message>
        <source>MESSAGE to %1: %2</source>
        <translation>MESSAGE a %1: %2</translation>
    </message>
    <message>
        <source>SIP is not running</source>
        <translation>SIP no está en marcha</translation>
    </message>
    <message>
        <source>cannot create a request</source>
        <translation>no se puede crear una solicitud</translation>
    </message>
    <message>
        <source>OPTIONS to %1</source>
        <translation>OPTIONS a %1</translation>
    </message>
    <message>
        <source>cannot create a call</source>
        <translation>no se puede crear una llamada</translation>
    </message>
    <message>
        <source>INVITE %1 (leg %2)</source>
        <translation>INVITE %1 (tramo %2)</translation>
    </message>
    <message>
        <source>leg %1: re-INVITE refused: %2 %3</source>
        <translation>tramo %1: re-INVITE rechazado: %2 %3</translation>
    </message>
    <message>
        <source>leg %1: %2 challenge answered</source>
        <translation>tramo %1: desafío %2 respondido</translation>
    </message>
    <message>
        <source>leg %1: challenged for realm %2, but our credentials are for %3</source>
        <translation>tramo %1: desafío para el realm %2, pero nuestras credenciales son para %3</translation>
    </message>
    <message>
        <source>leg %1 answered after it was given up; hanging up</source>
        <translation>el tramo %1 contestó después de abandonarlo; colgando</translation>
    </message>
    <message>
        <source>leg %1 answered</source>
        <translation>tramo %1 contestado</translation>
    </message>
    <message>
        <source>leg %1 failed: %2 %3</source>
        <translation>el tramo %1 falló: %2 %3</translation>
    </message>
    <message>
        <source>leg %1: new offer answered %2</source>
        <translation>tramo %1: nueva oferta respondida %2</translation>
    </message>
    <message>
        <source>leg %1: re-INVITE sent</source>
        <translation>tramo %1: re-INVITE enviado</translation>
    </message>
    <message>
        <source>call ended</source>
        <translation>llamada terminada</translation>
    </message>
    <message>
        <source>MESSAGE reply not delivered: %1 %2</source>
        <translation>Respuesta MESSAGE no entregada: %1 %2</translation>
    </message>
    <message>
        <source>OPTIONS answered %1 %2 in %3 ms</source>
        <translation>OPTIONS respondido %1 %2 en %3 ms</translation>
    </message>
    <message>
        <source>SIP stopped after waiting for calls that did not end</source>
        <translation>SIP detenido tras esperar llamadas que no terminaron</translation>
    </message>
    <message>
        <source>SIP stopped</source>
        <translation>SIP detenido</translation>
    </message>
</context>
<context>
    <name>rebound::testphones::TestCallRunner</name>
    <message>
        <source>Phone A hangs up</source>
        <translation>El teléfono A cuelga</translation>
    </message>
    <message>
        <source>Test phones on %1:%2, reached through the test carrier &quot;%3&quot;</source>
        <translation>Teléfonos de prueba en %1:%2, alcanzados por el operador de prueba &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Phone A is %1 (subscriber %2&apos;s callback number); phone B is %3</source>
        <translation>El teléfono A es %1 (número de callback del abonado %2); el teléfono B es %3</translation>
    </message>
    <message>
        <source>Callback #%1 requested (a test call)</source>
        <translation>Callback #%1 pedido (una llamada de prueba)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Phone A</source>
        <translation>Teléfono A</translation>
    </message>
    <message>
        <source>Phone B</source>
        <translation>Teléfono B</translation>
    </message>
    <message>
        <source>%1 rings, caller ID %2</source>
        <translation>%1 suena, identificador de llamada %2</translation>
    </message>
    <message>
        <source>Phone A answers</source>
        <translation>El teléfono A contesta</translation>
    </message>
    <message>
        <source>Phone B answers</source>
        <translation>El teléfono B contesta</translation>
    </message>
    <message>
        <source>The DID answered %1 %2: the trigger call costs nothing</source>
        <translation>El DID respondió %1 %2: la llamada de disparo no cuesta nada</translation>
    </message>
    <message>
        <source>A DID trigger should be answered 486 Busy Here.</source>
        <translation>Un disparo DID debería responderse con 486 Busy Here.</translation>
    </message>
    <message>
        <source>The switch took the SMS: %1</source>
        <translation>La central aceptó el SMS: %1</translation>
    </message>
    <message>
        <source>The switch refused the SMS.</source>
        <translation>La central rechazó el SMS.</translation>
    </message>
    <message>
        <source>SMS reply to phone A: &quot;%1&quot;</source>
        <translation>Respuesta SMS al teléfono A: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Phone A rings DID %1</source>
        <translation>El teléfono A llama al DID %1</translation>
    </message>
    <message>
        <source>Phone A texts &quot;%1&quot; to the switch</source>
        <translation>El teléfono A envía &quot;%1&quot; por SMS a la central</translation>
    </message>
    <message>
        <source>A web callback to %1</source>
        <translation>Un callback web al %1</translation>
    </message>
    <message>
        <source>An API callback to %1</source>
        <translation>Un callback de API al %1</translation>
    </message>
    <message>
        <source>The IVR asks for the destination; phone A keys %1</source>
        <translation>El IVR pide el destino; el teléfono A marca %1</translation>
    </message>
    <message>
        <source>The switch calls the destination</source>
        <translation>La central llama al destino</translation>
    </message>
    <message>
        <source>Callback #%1 %2</source>
        <translation>Callback #%1 %2</translation>
    </message>
    <message>
        <source>Phones A and B are connected: talking for %1 s</source>
        <translation>Los teléfonos A y B están conectados: hablando durante %1 s</translation>
    </message>
</context>
<context>
    <name>rebound::testphones::TestPhones</name>
    <message>
        <source>The test phones need Qt&apos;s GLib event dispatcher; unset QT_NO_GLIB.</source>
        <translation>Los teléfonos de prueba necesitan el despachador de eventos GLib de Qt; quite QT_NO_GLIB.</translation>
    </message>
    <message>
        <source>Cannot create the test phones&apos; SIP event root.</source>
        <translation>No se puede crear la raíz de eventos SIP de los teléfonos de prueba.</translation>
    </message>
    <message>
        <source>The test phones cannot listen for SIP on %1.</source>
        <translation>Los teléfonos de prueba no pueden escuchar SIP en %1.</translation>
    </message>
    <message>
        <source>Test phones listening on %1:%2</source>
        <translation>Teléfonos de prueba escuchando en %1:%2</translation>
    </message>
    <message>
        <source>Test phone: no RTP port: %1</source>
        <translation>Teléfono de prueba: sin puerto RTP: %1</translation>
    </message>
    <message>
        <source>Test phone %1: unusable SDP: %2</source>
        <translation>Teléfono de prueba %1: SDP inutilizable: %2</translation>
    </message>
    <message>
        <source>Test phone %1 calls %2</source>
        <translation>El teléfono de prueba %1 llama a %2</translation>
    </message>
    <message>
        <source>Test phone SMS to %1: %2</source>
        <translation>SMS del teléfono de prueba a %1: %2</translation>
    </message>
    <message>
        <source>Test phones: INVITE for %1, which is neither phone: 404</source>
        <translation>Teléfonos de prueba: INVITE para %1, que no es ninguno de los teléfonos: 404</translation>
    </message>
    <message>
        <source>Test phone %1: call refused: %2 %3</source>
        <translation>Teléfono de prueba %1: llamada rechazada: %2 %3</translation>
    </message>
    <message>
        <source>Test phones stopped</source>
        <translation>Teléfonos de prueba detenidos</translation>
    </message>
</context>
<context>
    <name>rebound::web::WebServer</name>
    <message>
        <source>&apos;%1&apos; is not an IP address to listen on.</source>
        <translation>&apos;%1&apos; no es una dirección IP en la que escuchar.</translation>
    </message>
    <message>
        <source>Cannot read the web certificate %1.</source>
        <translation>No se puede leer el certificado web %1.</translation>
    </message>
    <message>
        <source>Cannot read the web key %1.</source>
        <translation>No se puede leer la clave web %1.</translation>
    </message>
    <message>
        <source>The web certificate or key is not a PEM certificate and private key.</source>
        <translation>El certificado o la clave web no son un certificado y una clave privada PEM.</translation>
    </message>
    <message>
        <source>Cannot listen for HTTP on %1:%2 (in use?).</source>
        <translation>No se puede escuchar HTTP en %1:%2 (¿en uso?).</translation>
    </message>
    <message>
        <source>A page of another site sent this; use the switch&apos;s own pages.</source>
        <translation>Esto lo envió una página de otro sitio; use las páginas propias de la central.</translation>
    </message>
    <message>
        <source>There is no such API call.</source>
        <translation>No existe esa llamada de API.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>No encontrado.</translation>
    </message>
    <message>
        <source>The request took too long to arrive; send it again.</source>
        <translation>La solicitud tardó demasiado en llegar; envíela de nuevo.</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>El cuerpo de la solicitud es demasiado grande.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>La solicitud es demasiado grande.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are too large.</source>
        <translation>Las cabeceras de la solicitud son demasiado grandes.</translation>
    </message>
    <message>
        <source>Something went wrong; try again shortly.</source>
        <translation>Algo salió mal; inténtelo de nuevo en breve.</translation>
    </message>
</context>
</TS>
