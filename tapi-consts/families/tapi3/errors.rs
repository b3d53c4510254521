//! `HRESULT` error codes of the TAPI 3 COM interfaces (`TAPI_E_`, `Tapi3Err.h`).

use tapi_consts::ConstFamily;

/// Failure `HRESULT`s of the TAPI 3 COM interfaces (`ITTAPI`, `ITAddress`, `ITBasicCallControl`,
/// …), from 0x80040001 to 0x8004005A.
///
/// They lie in the interface facility (`FACILITY_ITF`), whose codes each COM interface defines for
/// itself, so the same numbers mean other things elsewhere (0x80040001 is also `OLE_E_ADVF`): read
/// a value as `TAPI_E_` only when a TAPI 3 object returned it. Success codes and the standard COM
/// errors that TAPI 3 methods also return (`E_POINTER`, `E_OUTOFMEMORY`, …) are not members.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(prefix = "TAPI_E_", since = "3.0", header = "Tapi3Err.h", c_consts)]
#[tapi(doc(
    fr = "`HRESULT` d’échec des interfaces COM de TAPI 3 (`ITTAPI`, `ITAddress`, `ITBasicCallControl`, …), de 0x80040001 à 0x8004005A. Ils appartiennent au domaine des interfaces (`FACILITY_ITF`), dont chaque interface COM définit elle-même les codes ; les mêmes nombres ont donc d’autres sens ailleurs (0x80040001 est aussi `OLE_E_ADVF`) : ne lisez une valeur comme `TAPI_E_` que si un objet TAPI 3 l’a renvoyée. Les codes de succès et les erreurs COM standard que renvoient aussi les méthodes de TAPI 3 (`E_POINTER`, `E_OUTOFMEMORY`, …) n’en font pas partie.",
    de = "`HRESULT`-Fehlercodes der COM-Schnittstellen von TAPI 3 (`ITTAPI`, `ITAddress`, `ITBasicCallControl`, …), von 0x80040001 bis 0x8004005A. Diese Codes liegen im Schnittstellenbereich (`FACILITY_ITF`), dessen Codes jede COM-Schnittstelle selbst festlegt; dieselben Zahlen bedeuten anderswo also etwas anderes (0x80040001 ist auch `OLE_E_ADVF`): Ein Wert ist nur dann als `TAPI_E_` zu lesen, wenn ein TAPI-3-Objekt ihn zurückgegeben hat. Erfolgscodes und die Standard-COM-Fehler, die TAPI-3-Methoden ebenfalls zurückgeben (`E_POINTER`, `E_OUTOFMEMORY`, …), gehören nicht dazu."
))]
pub enum Tapi3Err {
    /// The buffer passed to the method is too small for the data to be returned: despite the name,
    /// Microsoft's text speaks of a short buffer, not of exhausted memory. Retry with a larger
    /// buffer.
    #[tapi(doc(
        fr = "La mémoire tampon passée à la méthode est trop petite pour les données à renvoyer : malgré le nom, le texte de Microsoft parle d’une mémoire tampon insuffisante et non d’un manque de mémoire. Réessayez avec une mémoire tampon plus grande.",
        de = "Der an die Methode übergebene Puffer ist zu klein für die zurückzugebenden Daten: Trotz des Namens spricht der Text von Microsoft von einem zu kleinen Puffer, nicht von erschöpftem Speicher. Abhilfe schafft ein erneuter Versuch mit einem größeren Puffer."
    ))]
    NotEnoughMemory = -2147221503, // 0x8004_0001
    /// No item matches the request, for example a lookup or enumeration that found nothing.
    #[tapi(doc(
        fr = "Aucun élément ne correspond à la requête, par exemple une recherche ou une énumération qui n’a rien trouvé.",
        de = "Kein Element entspricht der Anforderung, etwa bei einer Suche oder Aufzählung, die nichts gefunden hat."
    ))]
    NoItems = -2147221502, // 0x8004_0002
    /// The method is not supported by this object or by the service provider behind it. Microsoft's
    /// reference page leaves this code out; the meaning comes from the message text in
    /// `Tapi3Err.h`.
    #[tapi(doc(
        fr = "La méthode n’est pas prise en charge par cet objet ou par le fournisseur de services qui se trouve derrière. La page de référence de Microsoft omet ce code ; le sens provient du texte de message de `Tapi3Err.h`.",
        de = "Die Methode wird von diesem Objekt oder vom dahinterstehenden Dienstanbieter nicht unterstützt. Die Referenzseite von Microsoft führt diesen Code nicht auf; die Bedeutung stammt aus dem Meldungstext in `Tapi3Err.h`."
    ))]
    NotSupported = -2147221501, // 0x8004_0003
    /// The media type passed to the method (a `TAPIMEDIATYPE_` value) is not valid for it.
    #[tapi(doc(
        fr = "Le type de média passé à la méthode (une valeur `TAPIMEDIATYPE_`) n’est pas valide pour elle.",
        de = "Der an die Methode übergebene Medientyp (ein Wert `TAPIMEDIATYPE_`) ist für sie ungültig."
    ))]
    InvalidMediaType = -2147221500, // 0x8004_0004
    /// The operation failed and no more specific reason is given.
    #[tapi(doc(
        fr = "L’opération a échoué sans qu’une raison plus précise soit fournie.",
        de = "Die Operation ist fehlgeschlagen, ohne dass ein genauerer Grund angegeben wird."
    ))]
    OperationFailed = -2147221499, // 0x8004_0005
    /// The device is already in use (allocated), for example held exclusively by another process.
    #[tapi(doc(
        fr = "Le périphérique est déjà utilisé (alloué), par exemple détenu en exclusivité par un autre processus.",
        de = "Das Gerät wird bereits verwendet (ist belegt), etwa weil ein anderer Prozess es exklusiv hält."
    ))]
    Allocated = -2147221498, // 0x8004_0006
    /// No call appearance is free on the address, so no further call can be placed there for now.
    #[tapi(doc(
        fr = "Aucune présentation d’appel n’est libre sur l’adresse ; aucun autre appel ne peut y être établi pour l’instant.",
        de = "Auf der Adresse ist keine Anrufdarstellung frei; dort kann vorerst kein weiterer Anruf getätigt werden."
    ))]
    CallUnavail = -2147221497, // 0x8004_0007
    /// Too many call completion requests are already outstanding on the address; cancel one or wait
    /// for one to end before asking again.
    #[tapi(doc(
        fr = "Trop de demandes d’achèvement d’appel sont déjà en cours sur l’adresse ; annulez-en une ou attendez que l’une d’elles se termine avant de recommencer.",
        de = "Auf der Adresse stehen bereits zu viele Anforderungen zur Anrufvervollständigung aus; vor einer neuen Anforderung ist eine davon abzubrechen oder ihr Ende abzuwarten."
    ))]
    CompletionOverrun = -2147221496, // 0x8004_0008
    /// The conference already holds as many parties as it can, so no more can be added.
    #[tapi(doc(
        fr = "La conférence compte déjà autant de participants qu’elle peut en accueillir ; il n’est plus possible d’en ajouter.",
        de = "Die Konferenz hat bereits so viele Teilnehmer, wie sie aufnehmen kann; weitere lassen sich nicht hinzufügen."
    ))]
    ConferenceFull = -2147221495, // 0x8004_0009
    /// The dialable string contains a dial modifier (such as `W`, `@`, `$` or `?`) that the address
    /// cannot carry out.
    #[tapi(doc(
        fr = "La chaîne composable contient un modificateur de chaîne composable (par exemple `W`, `@`, `$` ou `?`) que l’adresse ne sait pas exécuter.",
        de = "Die Wählzeichenfolge enthält einen Modifikator der Wählzeichenfolge (etwa `W`, `@`, `$` oder `?`), den die Adresse nicht ausführen kann."
    ))]
    DialModifierNotSupported = -2147221494, // 0x8004_000A
    /// The device is already in use, so the request cannot be carried out now.
    #[tapi(doc(
        fr = "Le périphérique est déjà utilisé ; la requête ne peut pas être exécutée pour l’instant.",
        de = "Das Gerät wird bereits verwendet; die Anforderung kann derzeit nicht ausgeführt werden."
    ))]
    InUse = -2147221493, // 0x8004_000B
    /// The address is not valid or not properly formatted for its address type; with
    /// `LINEADDRESSTYPE_PHONENUMBER`, for instance, the string does not look like a phone number.
    #[tapi(doc(
        fr = "L’adresse n’est pas valide ou est mal formée pour son format d’adresse ; avec `LINEADDRESSTYPE_PHONENUMBER`, par exemple, la chaîne ne ressemble pas à un numéro de téléphone.",
        de = "Die Adresse ist ungültig oder für ihr Adressformat nicht korrekt formatiert; bei `LINEADDRESSTYPE_PHONENUMBER` etwa sieht die Zeichenkette nicht wie eine Telefonnummer aus."
    ))]
    InvalAddress = -2147221492, // 0x8004_000C
    /// The operation is not allowed in the current state of the address.
    #[tapi(doc(
        fr = "L’opération n’est pas permise dans l’état actuel de l’adresse.",
        de = "Die Operation ist im aktuellen Zustand der Adresse nicht zulässig."
    ))]
    InvalAddressState = -2147221491, // 0x8004_000D
    /// The call parameters (a `LINECALLPARAMS` structure) are not valid.
    #[tapi(doc(
        fr = "Les paramètres d’appel (une structure `LINECALLPARAMS`) ne sont pas valides.",
        de = "Die Anrufparameter (eine Struktur `LINECALLPARAMS`) sind ungültig."
    ))]
    InvalCallParams = -2147221490, // 0x8004_000E
    /// The call privilege given is not a valid one (owner or monitor).
    #[tapi(doc(
        fr = "Le privilège d’appel indiqué n’est pas un privilège valide (propriétaire ou surveillance).",
        de = "Die angegebene Anrufberechtigung ist keine gültige Berechtigung (Besitzer oder Überwachung)."
    ))]
    InvalCallPrivilege = -2147221489, // 0x8004_000F
    /// The operation is not allowed in the current state of the call (`CALL_STATE`); for example, a
    /// call that is not connected cannot be put on hold.
    #[tapi(doc(
        fr = "L’opération n’est pas permise dans l’état actuel de l’appel (`CALL_STATE`) ; par exemple, un appel qui n’est pas connecté ne peut pas être mis en attente.",
        de = "Die Operation ist im aktuellen Anrufzustand (`CALL_STATE`) nicht zulässig; zum Beispiel kann ein nicht verbundener Anruf nicht gehalten werden."
    ))]
    InvalCallState = -2147221488, // 0x8004_0010
    /// The calling card is not valid: no card with that identifier exists in the telephony
    /// configuration.
    #[tapi(doc(
        fr = "La carte d’appel n’est pas valide : aucune carte portant cet identifiant n’existe dans la configuration de téléphonie.",
        de = "Die Calling Card ist ungültig: In der Telefoniekonfiguration gibt es keine Calling Card mit dieser Kennung."
    ))]
    InvalCard = -2147221487, // 0x8004_0011
    /// The call completion identifier is not valid: it names no outstanding call completion
    /// request.
    #[tapi(doc(
        fr = "L’identifiant d’achèvement d’appel n’est pas valide : il ne désigne aucune demande d’achèvement d’appel en cours.",
        de = "Die Kennung der Anrufvervollständigung ist ungültig: Keine ausstehende Anforderung zur Anrufvervollständigung trägt diese Kennung."
    ))]
    InvalCompletionId = -2147221486, // 0x8004_0012
    /// The country or region code is not one TAPI knows.
    #[tapi(doc(
        fr = "L’indicatif de pays ou de région n’est pas connu de TAPI.",
        de = "Die Landes- oder Regionskennzahl ist TAPI nicht bekannt."
    ))]
    InvalCountryCode = -2147221485, // 0x8004_0013
    /// The device class name (such as `wave/in` or `comm/datamodem`) is not valid or not supported
    /// here.
    #[tapi(doc(
        fr = "Le nom de classe de périphérique (par exemple `wave/in` ou `comm/datamodem`) n’est pas valide ou n’est pas pris en charge ici.",
        de = "Der Name der Geräteklasse (etwa `wave/in` oder `comm/datamodem`) ist ungültig oder wird hier nicht unterstützt."
    ))]
    InvalDeviceClass = -2147221484, // 0x8004_0014
    /// The dialing parameters (a `LINEDIALPARAMS` structure) are not valid.
    #[tapi(doc(
        fr = "Les paramètres de numérotation (une structure `LINEDIALPARAMS`) ne sont pas valides.",
        de = "Die Wählparameter (eine Struktur `LINEDIALPARAMS`) sind ungültig."
    ))]
    InvalDialParams = -2147221483, // 0x8004_0015
    /// The digits are not valid, for example a character that cannot be sent in the chosen digit
    /// mode.
    #[tapi(doc(
        fr = "Les chiffres ne sont pas valides, par exemple un caractère qui ne peut pas être émis dans le mode de signalisation des chiffres choisi.",
        de = "Die Ziffern sind ungültig, etwa weil ein Zeichen im gewählten Wahlverfahren nicht gesendet werden kann."
    ))]
    InvalDigits = -2147221482, // 0x8004_0016
    /// The pickup group identifier is not valid.
    #[tapi(doc(
        fr = "L’identifiant du groupe d’interception n’est pas valide.",
        de = "Die Kennung der Heranholgruppe ist ungültig."
    ))]
    InvalGroupId = -2147221481, // 0x8004_0017
    /// The location identifier is not valid: no dialing location has that identifier.
    #[tapi(doc(
        fr = "L’identifiant d’emplacement n’est pas valide : aucun emplacement de numérotation ne porte cet identifiant.",
        de = "Die Kennung des Standorts ist ungültig: Kein Wählstandort hat diese Kennung."
    ))]
    InvalLocation = -2147221480, // 0x8004_0018
    /// The message identifier is not valid, for example a call completion message that the address
    /// does not offer.
    #[tapi(doc(
        fr = "L’identifiant de message n’est pas valide, par exemple un message d’achèvement d’appel que l’adresse ne propose pas.",
        de = "Die Nachrichtenkennung ist ungültig, etwa weil sie eine Nachricht zur Anrufvervollständigung bezeichnet, die die Adresse nicht anbietet."
    ))]
    InvalMessageId = -2147221479, // 0x8004_0019
    /// The park identifier (the address at which the call is parked) is not valid.
    #[tapi(doc(
        fr = "L’identifiant de parcage (l’adresse où l’appel est parqué) n’est pas valide.",
        de = "Die Parkkennung (die Adresse, an der der Anruf geparkt ist) ist ungültig."
    ))]
    InvalParkId = -2147221478, // 0x8004_001A
    /// The data rate asked for is not valid.
    #[tapi(doc(
        fr = "Le débit demandé n’est pas valide.",
        de = "Die angeforderte Datenrate ist ungültig."
    ))]
    InvalRate = -2147221477, // 0x8004_001B
    /// The timeout value is not valid.
    #[tapi(doc(
        fr = "La valeur de délai d’expiration n’est pas valide.",
        de = "Der Wert des Zeitlimits ist ungültig."
    ))]
    InvalTimeout = -2147221476, // 0x8004_001C
    /// The tone is not valid, for example a custom tone whose frequencies or cadence are wrong.
    #[tapi(doc(
        fr = "La tonalité n’est pas valide, par exemple une tonalité personnalisée dont les fréquences ou la cadence sont incorrectes.",
        de = "Der Ton ist ungültig, etwa ein benutzerdefinierter Ton mit falschen Frequenzen oder falscher Kadenz."
    ))]
    InvalTone = -2147221475, // 0x8004_001D
    /// A list passed as a parameter is not valid.
    #[tapi(doc(
        fr = "Une liste passée en paramètre n’est pas valide.",
        de = "Eine als Parameter übergebene Liste ist ungültig."
    ))]
    InvalList = -2147221474, // 0x8004_001E
    /// A mode passed as a parameter is not valid.
    #[tapi(doc(
        fr = "Un mode passé en paramètre n’est pas valide.",
        de = "Ein als Parameter übergebener Modus ist ungültig."
    ))]
    InvalMode = -2147221473, // 0x8004_001F
    /// The call is not part of a conference, so the conference operation does not apply to it.
    #[tapi(doc(
        fr = "L’appel ne fait pas partie d’une conférence ; l’opération de conférence ne s’y applique donc pas.",
        de = "Der Anruf gehört zu keiner Konferenz; die Konferenzoperation ist daher auf ihn nicht anwendbar."
    ))]
    NoConference = -2147221472, // 0x8004_0020
    /// The device has been removed, or the device class is not recognized.
    #[tapi(doc(
        fr = "Le périphérique a été retiré, ou la classe de périphérique n’est pas reconnue.",
        de = "Das Gerät wurde entfernt, oder die Geräteklasse wird nicht erkannt."
    ))]
    NoDevice = -2147221471, // 0x8004_0021
    /// No assisted telephony request is pending.
    #[tapi(doc(
        fr = "Aucune requête de téléphonie assistée n’est en attente.",
        de = "Es steht keine Anforderung der unterstützten Telefonie aus."
    ))]
    NoRequest = -2147221470, // 0x8004_0022
    /// The application does not have owner privilege on the call, which the operation requires;
    /// monitor privilege is not enough.
    #[tapi(doc(
        fr = "L’application n’a pas le privilège de propriétaire sur l’appel, qu’exige l’opération ; le privilège de surveillance ne suffit pas.",
        de = "Die Anwendung hat nicht das Besitzerprivileg für den Anruf, das die Operation erfordert; die Überwachungsberechtigung genügt nicht."
    ))]
    NotOwner = -2147221469, // 0x8004_0023
    /// The application is not registered as a recipient of the requests it asks for.
    #[tapi(doc(
        fr = "L’application n’est pas inscrite comme destinataire des requêtes qu’elle demande.",
        de = "Die Anwendung ist nicht als Empfänger der Anforderungen registriert, die sie abruft."
    ))]
    NotRegistered = -2147221468, // 0x8004_0024
    /// The request queue is already full; retry once earlier requests have completed.
    #[tapi(doc(
        fr = "La file des requêtes est déjà pleine ; réessayez lorsque des requêtes antérieures seront terminées.",
        de = "Die Anforderungswarteschlange ist bereits voll; ein erneuter Versuch ist möglich, sobald frühere Anforderungen abgeschlossen sind."
    ))]
    RequestOverrun = -2147221467, // 0x8004_0025
    /// The call handoff failed because the target application was not found.
    #[tapi(doc(
        fr = "La remise (handoff) de l’appel a échoué, car l’application cible est introuvable.",
        de = "Das Übergeben des Anrufs an eine andere Anwendung (Handoff) ist fehlgeschlagen, weil die Zielanwendung nicht gefunden wurde."
    ))]
    TargetNotFound = -2147221466, // 0x8004_0026
    /// No higher-priority target exists for the call handoff: the application would hand the call
    /// to itself.
    #[tapi(doc(
        fr = "Il n’existe aucune cible de priorité plus élevée pour la remise (handoff) de l’appel : l’application se le remettrait à elle-même.",
        de = "Für das Übergeben des Anrufs an eine andere Anwendung (Handoff) gibt es kein Ziel mit höherer Priorität: Die Anwendung würde den Anruf an sich selbst übergeben."
    ))]
    TargetSelf = -2147221465, // 0x8004_0027
    /// The user-user information is larger than the line or network permits.
    #[tapi(doc(
        fr = "Les informations d’usager à usager dépassent la taille permise par la ligne ou le réseau.",
        de = "Die Benutzer-zu-Benutzer-Informationen sind größer, als die Leitung oder das Netz zulässt."
    ))]
    UserUserInfoTooBig = -2147221464, // 0x8004_0028
    /// A reinitialization of TAPI is pending: the operation cannot complete until every TAPI
    /// application has shut down and initialized again.
    #[tapi(doc(
        fr = "Une réinitialisation de TAPI est en attente : l’opération ne peut pas aboutir tant que toutes les applications TAPI ne se sont pas arrêtées puis réinitialisées.",
        de = "Eine Neuinitialisierung von TAPI steht aus: Die Operation kann erst abgeschlossen werden, wenn alle TAPI-Anwendungen beendet und neu initialisiert worden sind."
    ))]
    Reinit = -2147221463, // 0x8004_0029
    /// Calling this number is not permitted, for example because the switch or a dialing
    /// restriction blocks it.
    #[tapi(doc(
        fr = "Il n’est pas permis d’appeler ce numéro, par exemple parce que le commutateur ou une restriction de numérotation le bloque.",
        de = "Das Anrufen dieser Nummer ist nicht zulässig, etwa weil die Vermittlung oder eine Wählbeschränkung es sperrt."
    ))]
    AddressBlocked = -2147221462, // 0x8004_002A
    /// The network or switch rejected the calling card number or other billing information.
    #[tapi(doc(
        fr = "Le réseau ou le commutateur a refusé le numéro de carte d’appel ou une autre information de facturation.",
        de = "Das Netz oder die Vermittlung hat die Nummer der Calling Card oder andere Abrechnungsinformationen abgelehnt."
    ))]
    BillingRejected = -2147221461, // 0x8004_002B
    /// The device-specific feature asked for is not valid.
    #[tapi(doc(
        fr = "La fonction propre au périphérique demandée n’est pas valide.",
        de = "Die angeforderte gerätespezifische Funktion ist ungültig."
    ))]
    InvalFeature = -2147221460, // 0x8004_002C
    /// The button or lamp identifier is not valid for this phone.
    #[tapi(doc(
        fr = "L’identifiant de bouton ou de voyant n’est pas valide pour ce poste téléphonique.",
        de = "Die Tasten-/Lampenkennung ist für dieses Telefongerät ungültig."
    ))]
    InvalButtonLampId = -2147221459, // 0x8004_002D
    /// The button state is not valid.
    #[tapi(doc(
        fr = "L’état de bouton n’est pas valide.",
        de = "Der Tastenzustand ist ungültig."
    ))]
    InvalButtonState = -2147221458, // 0x8004_002E
    /// The data segment identifier is not valid for the phone's data areas.
    #[tapi(doc(
        fr = "L’identifiant de segment de données n’est pas valide pour les zones de données du poste téléphonique.",
        de = "Die Kennung des Datensegments ist für die Datenbereiche des Telefongeräts ungültig."
    ))]
    InvalDataId = -2147221457, // 0x8004_002F
    /// The hook switch device identifier (handset, speaker or headset) is not valid.
    #[tapi(doc(
        fr = "L’identifiant de périphérique à commutateur crochet (combiné, haut-parleur ou casque) n’est pas valide.",
        de = "Die Kennung des Geräts mit Gabelumschalter (Hörer, Freisprecheinrichtung oder Headset) ist ungültig."
    ))]
    InvalHookSwitchDev = -2147221456, // 0x8004_0030
    /// The call was disconnected.
    #[tapi(doc(
        fr = "L’appel a pris fin (il a été déconnecté).",
        de = "Der Anruf wurde beendet (die Verbindung wurde getrennt)."
    ))]
    Dropped = -2147221455, // 0x8004_0031
    /// No application is available to handle the request, such as a call manager for an assisted
    /// telephony call; start one and retry.
    #[tapi(doc(
        fr = "Aucune application n’est disponible pour traiter la requête, par exemple un gestionnaire d’appels pour un appel de téléphonie assistée ; démarrez-en une puis réessayez.",
        de = "Keine Anwendung steht zur Bearbeitung der Anforderung bereit, etwa ein Anrufmanager für einen Anruf der unterstützten Telefonie; nach dem Start einer solchen Anwendung ist ein erneuter Versuch möglich."
    ))]
    NoRequestRecipient = -2147221454, // 0x8004_0032
    /// The queue of call requests is full; retry later.
    #[tapi(doc(
        fr = "La file des requêtes d’appel est pleine ; réessayez plus tard.",
        de = "Die Warteschlange der Anrufanforderungen ist voll; ein erneuter Versuch ist später möglich."
    ))]
    RequestQueueFull = -2147221453, // 0x8004_0033
    /// The called number is busy.
    #[tapi(doc(
        fr = "Le numéro appelé est occupé.",
        de = "Die angerufene Nummer ist besetzt."
    ))]
    DestBusy = -2147221452, // 0x8004_0034
    /// The called party does not answer.
    #[tapi(doc(
        fr = "Le correspondant appelé ne répond pas.",
        de = "Der angerufene Teilnehmer meldet sich nicht."
    ))]
    DestNoAnswer = -2147221451, // 0x8004_0035
    /// The called number could not be reached.
    #[tapi(doc(
        fr = "Le numéro appelé est injoignable.",
        de = "Die angerufene Nummer ist nicht erreichbar."
    ))]
    DestUnavail = -2147221450, // 0x8004_0036
    /// The request failed and no more specific reason is given.
    #[tapi(doc(
        fr = "La requête a échoué sans qu’une raison plus précise soit fournie.",
        de = "Die Anforderung ist fehlgeschlagen, ohne dass ein genauerer Grund angegeben wird."
    ))]
    RequestFailed = -2147221449, // 0x8004_0037
    /// The request was cancelled.
    #[tapi(doc(
        fr = "La requête a été annulée.",
        de = "Die Anforderung wurde abgebrochen."
    ))]
    RequestCancelled = -2147221448, // 0x8004_0038
    /// The application's privilege (`CALL_PRIVILEGE`) does not allow the operation.
    #[tapi(doc(
        fr = "Le privilège de l’application (`CALL_PRIVILEGE`) ne permet pas l’opération.",
        de = "Die Berechtigung der Anwendung (`CALL_PRIVILEGE`) lässt die Operation nicht zu."
    ))]
    InvalPrivilege = -2147221447, // 0x8004_0039
    /// The terminal direction passed (a `TERMINAL_DIRECTION` value) is not valid for the operation.
    #[tapi(doc(
        fr = "Le sens de terminal passé (une valeur `TERMINAL_DIRECTION`) n’est pas valide pour l’opération.",
        de = "Die übergebene Terminalrichtung (ein Wert `TERMINAL_DIRECTION`) ist für die Operation ungültig."
    ))]
    InvalidDirection = -2147221446, // 0x8004_003A
    /// The terminal passed is not valid for this operation, for example because its media type or
    /// direction does not suit the stream.
    #[tapi(doc(
        fr = "Le terminal passé n’est pas valide pour cette opération, par exemple parce que son type de média ou son sens ne convient pas au flux.",
        de = "Das übergebene Terminal ist für diese Operation ungültig, etwa weil sein Medientyp oder seine Richtung nicht zum Medienstrom passt."
    ))]
    InvalidTerminal = -2147221445, // 0x8004_003B
    /// The terminal class (the GUID that names a kind of terminal) is not valid.
    #[tapi(doc(
        fr = "La classe de terminal (le GUID qui désigne un type de terminal) n’est pas valide.",
        de = "Die Terminalklasse (die GUID, die eine Art von Terminal bezeichnet) ist ungültig."
    ))]
    InvalidTerminalClass = -2147221444, // 0x8004_003C
    /// The service provider has been removed.
    #[tapi(doc(
        fr = "Le fournisseur de services a été supprimé.",
        de = "Der Dienstanbieter wurde entfernt."
    ))]
    NoDriver = -2147221443, // 0x8004_003D
    /// The maximum number of streams has been reached, so no other stream can be created.
    #[tapi(doc(
        fr = "Le nombre maximal de flux est atteint ; aucun autre flux ne peut être créé.",
        de = "Die Höchstzahl an Medienströmen ist erreicht; es kann kein weiterer Medienstrom erstellt werden."
    ))]
    MaxStreams = -2147221442, // 0x8004_003E
    /// The operation needs terminals to be selected first; select them on the stream or call and
    /// retry.
    #[tapi(doc(
        fr = "L’opération exige que des terminaux soient d’abord sélectionnés ; sélectionnez-les sur le flux ou l’appel, puis réessayez.",
        de = "Die Operation erfordert, dass zuerst Terminals ausgewählt werden; nach ihrer Auswahl auf dem Medienstrom oder dem Anruf ist ein erneuter Versuch möglich."
    ))]
    NoTerminalSelected = -2147221441, // 0x8004_003F
    /// The operation could not be carried out because the terminal is in use.
    #[tapi(doc(
        fr = "L’opération n’a pas pu être effectuée, car le terminal est en cours d’utilisation.",
        de = "Die Operation konnte nicht ausgeführt werden, weil das Terminal in Gebrauch ist."
    ))]
    TerminalInUse = -2147221440, // 0x8004_0040
    /// The operation requires the stream to be stopped first.
    #[tapi(doc(
        fr = "L’opération exige que le flux soit d’abord arrêté.",
        de = "Die Operation erfordert, dass der Medienstrom zuvor gestoppt wird."
    ))]
    NotStopped = -2147221439, // 0x8004_0041
    /// The maximum number of terminals has been reached.
    #[tapi(doc(
        fr = "Le nombre maximal de terminaux est atteint.",
        de = "Die Höchstzahl an Terminals ist erreicht."
    ))]
    MaxTerminals = -2147221438, // 0x8004_0042
    /// The stream passed is not valid for this operation.
    #[tapi(doc(
        fr = "Le flux passé n’est pas valide pour cette opération.",
        de = "Der übergebene Medienstrom ist für diese Operation ungültig."
    ))]
    InvalidStream = -2147221437, // 0x8004_0043
    /// The call failed because a timeout expired; Microsoft gives the timeout as two minutes.
    #[tapi(doc(
        fr = "L’appel a échoué à l’expiration d’un délai ; Microsoft indique un délai de deux minutes.",
        de = "Der Anruf ist fehlgeschlagen, weil ein Zeitlimit abgelaufen ist; Microsoft gibt das Zeitlimit mit zwei Minuten an."
    ))]
    Timeout = -2147221436, // 0x8004_0044
    /// The ACD proxy has removed this agent group, so operations on the object are no longer valid.
    #[tapi(name = "CALLCENTER_GROUP_REMOVED")]
    #[tapi(doc(
        fr = "Le proxy ACD a supprimé ce groupe d’agents ; les opérations sur cet objet ne sont donc plus valides.",
        de = "Der ACD-Proxy hat diese Agentengruppe entfernt; Operationen auf dem Objekt sind daher nicht mehr gültig."
    ))]
    CallCenterGroupRemoved = -2147221435, // 0x8004_0045
    /// The ACD proxy has removed this queue, so operations on the object are no longer valid.
    #[tapi(name = "CALLCENTER_QUEUE_REMOVED")]
    #[tapi(doc(
        fr = "Le proxy ACD a supprimé cette file d’attente ; les opérations sur cet objet ne sont donc plus valides.",
        de = "Der ACD-Proxy hat diese Warteschlange entfernt; Operationen auf dem Objekt sind daher nicht mehr gültig."
    ))]
    CallCenterQueueRemoved = -2147221434, // 0x8004_0046
    /// The agent object was created with `CreateAgent` and has no agent ID; create it with
    /// `CreateAgentWithID` when an ID is needed.
    #[tapi(name = "CALLCENTER_NO_AGENT_ID")]
    #[tapi(doc(
        fr = "L’objet agent a été créé avec `CreateAgent` et n’a pas d’identifiant d’agent ; créez-le avec `CreateAgentWithID` lorsqu’un identifiant est nécessaire.",
        de = "Das Agentenobjekt wurde mit `CreateAgent` erstellt und hat keine Agentenkennung; wird eine Kennung benötigt, ist es mit `CreateAgentWithID` zu erstellen."
    ))]
    CallCenterNoAgentId = -2147221433, // 0x8004_0047
    /// The agent ID is not valid.
    #[tapi(name = "CALLCENTER_INVALAGENTID")]
    #[tapi(doc(
        fr = "L’identifiant d’agent n’est pas valide.",
        de = "Die Agentenkennung ist ungültig."
    ))]
    CallCenterInvalAgentId = -2147221432, // 0x8004_0048
    /// The agent group is not valid.
    #[tapi(name = "CALLCENTER_INVALAGENTGROUP")]
    #[tapi(doc(
        fr = "Le groupe d’agents n’est pas valide.",
        de = "Die Agentengruppe ist ungültig."
    ))]
    CallCenterInvalAgentGroup = -2147221431, // 0x8004_0049
    /// The agent password is not valid.
    #[tapi(name = "CALLCENTER_INVALPASSWORD")]
    #[tapi(doc(
        fr = "Le mot de passe de l’agent n’est pas valide.",
        de = "Das Kennwort des Agenten ist ungültig."
    ))]
    CallCenterInvalPassword = -2147221430, // 0x8004_004A
    /// The agent state is not valid.
    #[tapi(name = "CALLCENTER_INVALAGENTSTATE")]
    #[tapi(doc(
        fr = "L’état de l’agent n’est pas valide.",
        de = "Der Zustand des Agenten ist ungültig."
    ))]
    CallCenterInvalAgentState = -2147221429, // 0x8004_004B
    /// The agent activity is not valid.
    #[tapi(name = "CALLCENTER_INVALAGENTACTIVITY")]
    #[tapi(doc(
        fr = "L’activité de l’agent n’est pas valide.",
        de = "Die Aktivität des Agenten ist ungültig."
    ))]
    CallCenterInvalAgentActivity = -2147221428, // 0x8004_004C
    /// A registry setting that TAPI reads is corrupt.
    #[tapi(name = "REGISTRY_SETTING_CORRUPT")]
    #[tapi(doc(
        fr = "Un paramètre du Registre que lit TAPI est endommagé.",
        de = "Eine Einstellung in der Registry, die TAPI liest, ist beschädigt."
    ))]
    RegistrySettingCorrupt = -2147221427, // 0x8004_004D
    /// The peer of one of these bridge terminals has already been assigned.
    #[tapi(name = "TERMINAL_PEER")]
    #[tapi(doc(
        fr = "Le pair de l’un de ces terminaux passerelles (bridge terminals) a déjà été attribué.",
        de = "Das Gegenstück eines dieser Brückenterminals wurde bereits zugewiesen."
    ))]
    TerminalPeer = -2147221426, // 0x8004_004E
    /// The peer of this bridge terminal must be set before the operation can complete.
    #[tapi(name = "PEER_NOT_SET")]
    #[tapi(doc(
        fr = "Le pair de ce terminal passerelle doit être défini pour que l’opération puisse aboutir.",
        de = "Das Gegenstück dieses Brückenterminals muss festgelegt sein, damit die Operation abgeschlossen werden kann."
    ))]
    PeerNotSet = -2147221425, // 0x8004_004F
    /// The event queue of the media service provider (MSP) is empty: there is no event to return.
    #[tapi(doc(
        fr = "La file d’événements du MSP (fournisseur de services de média) est vide : il n’y a aucun événement à renvoyer.",
        de = "Die Ereigniswarteschlange des MSP (Mediendienstanbieter) ist leer: Es gibt kein Ereignis, das zurückgegeben werden könnte."
    ))]
    NoEvent = -2147221424, // 0x8004_0050
    /// The address does not support the address type asked for (a `LINEADDRESSTYPE_` value).
    #[tapi(doc(
        fr = "L’adresse ne prend pas en charge le format d’adresse demandé (une valeur `LINEADDRESSTYPE_`).",
        de = "Die Adresse unterstützt das angeforderte Adressformat (einen Wert `LINEADDRESSTYPE_`) nicht."
    ))]
    InvalAddressType = -2147221423, // 0x8004_0051
    /// A resource needed to fulfil the request is not available.
    #[tapi(doc(
        fr = "Une ressource nécessaire pour satisfaire la requête n’est pas disponible.",
        de = "Eine zur Erfüllung der Anforderung benötigte Ressource ist nicht verfügbar."
    ))]
    ResourceUnavail = -2147221422, // 0x8004_0052
    /// The phone is not open; open it (`ITPhone::Open`) before this operation.
    #[tapi(doc(
        fr = "Le poste téléphonique n’est pas ouvert ; ouvrez-le (`ITPhone::Open`) avant cette opération.",
        de = "Das Telefongerät ist nicht geöffnet; es muss vor dieser Operation geöffnet werden (`ITPhone::Open`)."
    ))]
    PhoneNotOpen = -2147221421, // 0x8004_0053
    /// The call given is not currently selected, for example on the phone (see
    /// `ITAutomatedPhoneControl::SelectCall`).
    #[tapi(doc(
        fr = "L’appel indiqué n’est pas sélectionné actuellement, par exemple sur le poste téléphonique (voir `ITAutomatedPhoneControl::SelectCall`).",
        de = "Der angegebene Anruf ist derzeit nicht ausgewählt, etwa am Telefongerät (siehe `ITAutomatedPhoneControl::SelectCall`)."
    ))]
    CallNotSelected = -2147221420, // 0x8004_0054
    /// The information asked for is not available for this type of event.
    #[tapi(doc(
        fr = "L’information demandée n’est pas disponible pour ce type d’événement.",
        de = "Die angeforderte Information ist für diese Art von Ereignis nicht verfügbar."
    ))]
    WrongEvent = -2147221419, // 0x8004_0055
    /// The format is not known: it has not been set or is not recognized.
    #[tapi(doc(
        fr = "Le format n’est pas connu : il n’a pas été défini ou n’est pas reconnu.",
        de = "Das Format ist nicht bekannt: Es wurde nicht festgelegt oder wird nicht erkannt."
    ))]
    NoFormat = -2147221418, // 0x8004_0056
    /// The operation is not allowed in the current state of the stream.
    #[tapi(doc(
        fr = "L’opération n’est pas permise dans l’état actuel du flux.",
        de = "Die Operation ist im aktuellen Zustand des Medienstroms nicht zulässig."
    ))]
    InvalidStreamState = -2147221417, // 0x8004_0057
    /// The operation asked for is not allowed in the object's current state.
    #[tapi(name = "WRONG_STATE")]
    #[tapi(doc(
        fr = "L’opération demandée n’est pas permise dans l’état actuel de l’objet.",
        de = "Die angeforderte Operation ist im aktuellen Zustand des Objekts nicht zulässig."
    ))]
    WrongState = -2147221416, // 0x8004_0058
    /// The object has not been initialized; initialize it first (for the TAPI object itself, with
    /// `ITTAPI::Initialize`).
    #[tapi(name = "NOT_INITIALIZED")]
    #[tapi(doc(
        fr = "L’objet n’a pas été initialisé ; initialisez-le d’abord (pour l’objet TAPI lui-même, avec `ITTAPI::Initialize`).",
        de = "Das Objekt wurde nicht initialisiert; es muss zuerst initialisiert werden (beim TAPI-Objekt selbst mit `ITTAPI::Initialize`)."
    ))]
    NotInitialized = -2147221415, // 0x8004_0059
    /// The Telephony service (TapiSrv) could not be contacted; check that it is running.
    /// Microsoft's reference page leaves this code out; the meaning comes from the message text in
    /// `Tapi3Err.h`.
    #[tapi(name = "SERVICE_NOT_RUNNING")]
    #[tapi(doc(
        fr = "Le service Téléphonie (TapiSrv) n’a pas pu être joint ; vérifiez qu’il est démarré. La page de référence de Microsoft omet ce code ; le sens provient du texte de message de `Tapi3Err.h`.",
        de = "Der Telefoniedienst (TapiSrv) war nicht erreichbar; es ist zu prüfen, ob er läuft. Die Referenzseite von Microsoft führt diesen Code nicht auf; die Bedeutung stammt aus dem Meldungstext in `Tapi3Err.h`."
    ))]
    ServiceNotRunning = -2147221414, // 0x8004_005A
}
