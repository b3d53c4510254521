//! What TAPI reports about a call: info changes, origin, reason, parties, privileges, treatment.

use tapi_consts::ConstFamily;

/// Levels of call hub tracking that a line device can offer, as reported in the
/// `LINECALLHUBTRACKINGINFO` structure read with `lineGetCallHubTracking` and set with
/// `lineSetCallHubTracking`.
///
/// Although the family counts as bit flags, its three values (0, 1 and 2) behave like a short sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECALLHUBTRACKING_",
    flags,
    since = "2.2",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Niveaux de suivi des concentrateurs d’appels qu’un périphérique de ligne peut offrir, tels qu’ils sont indiqués dans la structure `LINECALLHUBTRACKINGINFO` lue avec `lineGetCallHubTracking` et modifiée avec `lineSetCallHubTracking`.\n\nBien que la famille soit classée parmi les indicateurs binaires, ses trois valeurs (0, 1 et 2) se comportent comme une courte suite.",
    de = "Stufen der Anrufhub-Verfolgung, die ein Leitungsgerät bieten kann, wie sie in der Struktur `LINECALLHUBTRACKINGINFO` gemeldet werden, die mit `lineGetCallHubTracking` gelesen und mit `lineSetCallHubTracking` gesetzt wird.\n\nObwohl die Familie als Menge von Bits geführt wird, verhalten sich ihre drei Werte (0, 1 und 2) wie eine kurze Aufzählung."
))]
pub enum LineCallHubTracking {
    /// No call hub tracking is available or in effect on the line.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Aucun suivi des concentrateurs d’appels n’est disponible ni actif sur la ligne.",
        de = "Auf der Leitung ist keine Anrufhub-Verfolgung verfügbar oder aktiv."
    ))]
    None = 0x0000_0000,
    /// Call hubs are tracked inside the service provider only; changes that concern individual
    /// calls are not reported to the application.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Les concentrateurs d’appels ne sont suivis qu’au sein du fournisseur de services ; les changements qui concernent chaque appel ne sont pas signalés à l’application.",
        de = "Anrufhubs werden nur innerhalb des Dienstanbieters verfolgt; Änderungen, die einzelne Anrufe betreffen, werden der Anwendung nicht gemeldet."
    ))]
    ProviderLevel = 0x0000_0001,
    /// Tracking is done at the level of each individual call, so changes are reported call by call.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Le suivi s’effectue au niveau de chaque appel, et les changements sont signalés appel par appel.",
        de = "Die Verfolgung erfolgt auf der Ebene jedes einzelnen Anrufs, sodass Änderungen Anruf für Anruf gemeldet werden."
    ))]
    AllCalls = 0x0000_0002,
}

/// Items of a call's `LINECALLINFO` record whose change can be reported to an application.
///
/// The flags arrive in the `dwParam1` parameter of the `LINE_CALLINFO` message; the
/// `dwCallInfoStates` member of `LINEADDRESSCAPS` uses them to tell which items are meaningful
/// for the calls on an address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECALLINFOSTATE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Éléments de l’enregistrement `LINECALLINFO` d’un appel dont la modification peut être signalée à une application.\n\nCes indicateurs sont transmis dans le paramètre `dwParam1` du message `LINE_CALLINFO` ; le membre `dwCallInfoStates` de `LINEADDRESSCAPS` s’en sert pour indiquer quels éléments ont un sens pour les appels d’une adresse.",
    de = "Elemente des Datensatzes `LINECALLINFO` eines Anrufs, deren Änderung einer Anwendung gemeldet werden kann.\n\nDie Bits kommen im Parameter `dwParam1` der Nachricht `LINE_CALLINFO` an; das Feld `dwCallInfoStates` von `LINEADDRESSCAPS` gibt mit ihnen an, welche Elemente für die Anrufe auf einer Adresse von Bedeutung sind."
))]
pub enum LineCallInfoState {
    /// Some call information item not covered by the other flags has changed; the application
    /// has to read the current `LINECALLINFO` to find out which.
    #[tapi(doc(
        fr = "Un élément d’information d’appel que les autres indicateurs ne couvrent pas a changé ; l’application doit relire la structure `LINECALLINFO` actuelle pour savoir lequel.",
        de = "Ein Element der Anrufinformationen, das die anderen Bits nicht abdecken, hat sich geändert; die Anwendung muss die aktuelle Struktur `LINECALLINFO` lesen, um zu erfahren, welches."
    ))]
    Other = 0x0000_0001,
    /// The device-specific part of the call information has changed.
    #[tapi(doc(
        fr = "La partie propre au périphérique des informations d’appel a changé.",
        de = "Der gerätespezifische Teil der Anrufinformationen hat sich geändert."
    ))]
    DevSpecific = 0x0000_0002,
    /// The bearer mode of the call (`dwBearerMode`) has changed.
    #[tapi(doc(
        fr = "Le mode porteur de l’appel (`dwBearerMode`) a changé.",
        de = "Der Trägermodus des Anrufs (`dwBearerMode`) hat sich geändert."
    ))]
    BearerMode = 0x0000_0004,
    /// The data rate of the call (`dwRate`) has changed.
    #[tapi(doc(
        fr = "Le débit de l’appel (`dwRate`) a changé.",
        de = "Die Datenrate des Anrufs (`dwRate`) hat sich geändert."
    ))]
    Rate = 0x0000_0008,
    /// The media mode of the call (`dwMediaMode`) has changed.
    #[tapi(doc(
        fr = "Le mode de média de l’appel (`dwMediaMode`) a changé.",
        de = "Der Medienmodus des Anrufs (`dwMediaMode`) hat sich geändert."
    ))]
    MediaMode = 0x0000_0010,
    /// The application-defined value attached to the call (`dwAppSpecific`) has changed,
    /// typically after a `lineSetAppSpecific` call.
    #[tapi(doc(
        fr = "La valeur définie par l’application et rattachée à l’appel (`dwAppSpecific`) a changé, en général à la suite d’un appel à `lineSetAppSpecific`.",
        de = "Der von der Anwendung festgelegte Wert, der dem Anruf zugeordnet ist (`dwAppSpecific`), hat sich geändert, meist nach einem Aufruf von `lineSetAppSpecific`."
    ))]
    AppSpecific = 0x0000_0020,
    /// The identifier that the switch or service provider gives the call (`dwCallID`) has changed.
    #[tapi(doc(
        fr = "L’identifiant que le commutateur ou le fournisseur de services attribue à l’appel (`dwCallID`) a changé.",
        de = "Die Kennung, die die Vermittlung oder der Dienstanbieter dem Anruf gibt (`dwCallID`), hat sich geändert."
    ))]
    CallId = 0x0000_0040,
    /// The identifier of the call that this call is related to (`dwRelatedCallID`) has changed.
    #[tapi(doc(
        fr = "L’identifiant de l’appel auquel cet appel est lié (`dwRelatedCallID`) a changé.",
        de = "Die Kennung des Anrufs, mit dem dieser Anruf in Beziehung steht (`dwRelatedCallID`), hat sich geändert."
    ))]
    RelatedCallId = 0x0000_0080,
    /// The origin of the call (`dwOrigin`, see `LINECALLORIGIN_`) has changed or has become known.
    #[tapi(doc(
        fr = "L’origine de l’appel (`dwOrigin`, voir `LINECALLORIGIN_`) a changé ou vient d’être connue.",
        de = "Die Herkunft des Anrufs (`dwOrigin`, siehe `LINECALLORIGIN_`) hat sich geändert oder ist bekannt geworden."
    ))]
    Origin = 0x0000_0100,
    /// The reason for the call (`dwReason`, see `LINECALLREASON_`) has changed.
    #[tapi(doc(
        fr = "Le motif de l’appel (`dwReason`, voir `LINECALLREASON_`) a changé.",
        de = "Der Grund des Anrufs (`dwReason`, siehe `LINECALLREASON_`) hat sich geändert."
    ))]
    Reason = 0x0000_0200,
    /// The completion identifier (`dwCompletionID`), which links an incoming call to an earlier
    /// call completion request, has changed.
    #[tapi(doc(
        fr = "L’identifiant d’achèvement (`dwCompletionID`), qui rattache un appel entrant à une demande d’achèvement d’appel antérieure, a changé.",
        de = "Die Kennung der Anrufvervollständigung (`dwCompletionID`), die einen eingehenden Anruf mit einer früheren Anforderung zur Anrufvervollständigung verknüpft, hat sich geändert."
    ))]
    CompletionId = 0x0000_0400,
    /// The number of applications holding owner privilege on the call (`dwNumOwners`) has gone up.
    #[tapi(doc(
        fr = "Le nombre d’applications détenant le privilège de propriétaire sur l’appel (`dwNumOwners`) a augmenté.",
        de = "Die Anzahl der Anwendungen mit Besitzerprivileg für den Anruf (`dwNumOwners`) ist gestiegen."
    ))]
    NumOwnerIncr = 0x0000_0800,
    /// The number of applications holding owner privilege on the call (`dwNumOwners`) has gone down.
    #[tapi(doc(
        fr = "Le nombre d’applications détenant le privilège de propriétaire sur l’appel (`dwNumOwners`) a diminué.",
        de = "Die Anzahl der Anwendungen mit Besitzerprivileg für den Anruf (`dwNumOwners`) ist gesunken."
    ))]
    NumOwnerDecr = 0x0000_1000,
    /// The number of applications with monitor privilege on the call (`dwNumMonitors`) has changed.
    #[tapi(doc(
        fr = "Le nombre d’applications détenant le privilège de surveillance sur l’appel (`dwNumMonitors`) a changé.",
        de = "Die Anzahl der Anwendungen mit Überwachungsberechtigung für den Anruf (`dwNumMonitors`) hat sich geändert."
    ))]
    NumMonitors = 0x0000_2000,
    /// The trunk used by the call (`dwTrunk`) has changed or has become known.
    #[tapi(doc(
        fr = "La ligne réseau empruntée par l’appel (`dwTrunk`) a changé ou vient d’être connue.",
        de = "Die vom Anruf belegte Amtsleitung (`dwTrunk`) hat sich geändert oder ist bekannt geworden."
    ))]
    Trunk = 0x0000_4000,
    /// One of the members identifying the calling party (`dwCallerIDFlags` and the caller's
    /// number or name) has changed.
    #[tapi(doc(
        fr = "L’un des membres qui identifient l’appelant (`dwCallerIDFlags` et le numéro ou le nom de l’appelant) a changé.",
        de = "Eines der Felder, die den Anrufer kennzeichnen (`dwCallerIDFlags` sowie Nummer oder Name des Anrufers), hat sich geändert."
    ))]
    CallerId = 0x0000_8000,
    /// One of the members identifying the called party (`dwCalledIDFlags` and the called number
    /// or name) has changed.
    #[tapi(doc(
        fr = "L’un des membres qui identifient l’appelé (`dwCalledIDFlags` et le numéro ou le nom de l’appelé) a changé.",
        de = "Eines der Felder, die den angerufenen Teilnehmer kennzeichnen (`dwCalledIDFlags` sowie die angerufene Nummer oder der angerufene Name), hat sich geändert."
    ))]
    CalledId = 0x0001_0000,
    /// One of the members identifying the party the call is actually connected to
    /// (`dwConnectedIDFlags` and the related number or name) has changed.
    #[tapi(doc(
        fr = "L’un des membres qui identifient le correspondant auquel l’appel est réellement connecté (`dwConnectedIDFlags` et le numéro ou le nom associés) a changé.",
        de = "Eines der Felder, die den Teilnehmer kennzeichnen, mit dem der Anruf tatsächlich verbunden ist (`dwConnectedIDFlags` sowie die zugehörige Nummer oder der zugehörige Name), hat sich geändert."
    ))]
    ConnectedId = 0x0002_0000,
    /// The identification of the address the call was redirected to (`dwRedirectionIDFlags` and
    /// related members) has changed.
    #[tapi(doc(
        fr = "L’identification de l’adresse vers laquelle l’appel a été redirigé (`dwRedirectionIDFlags` et les membres associés) a changé.",
        de = "Die Kennungsangaben der Adresse, zu der der Anruf umgeleitet wurde (`dwRedirectionIDFlags` und die zugehörigen Felder), haben sich geändert."
    ))]
    RedirectionId = 0x0004_0000,
    /// The identification of the address that redirected the call (`dwRedirectingIDFlags` and
    /// related members) has changed.
    #[tapi(doc(
        fr = "L’identification de l’adresse qui a redirigé l’appel (`dwRedirectingIDFlags` et les membres associés) a changé.",
        de = "Die Kennungsangaben der Adresse, die den Anruf umgeleitet hat (`dwRedirectingIDFlags` und die zugehörigen Felder), haben sich geändert."
    ))]
    RedirectingId = 0x0008_0000,
    /// The display text the network or switch sent for the call has changed.
    #[tapi(doc(
        fr = "Le texte d’affichage envoyé pour l’appel par le réseau ou le commutateur a changé.",
        de = "Der Displaytext, den das Netz oder die Vermittlung für den Anruf gesendet hat, hat sich geändert."
    ))]
    Display = 0x0010_0000,
    /// The user-to-user information received for the call has changed.
    #[tapi(doc(
        fr = "Les informations d’usager à usager reçues pour l’appel ont changé.",
        de = "Die für den Anruf empfangenen Benutzer-zu-Benutzer-Informationen haben sich geändert."
    ))]
    UserUserInfo = 0x0020_0000,
    /// The high-level compatibility information of the call (in the ISDN sense) has changed.
    #[tapi(doc(
        fr = "Les informations de compatibilité de couche haute de l’appel (au sens du RNIS) ont changé.",
        de = "Die Angaben zur Kompatibilität der höheren Schichten (im Sinne von ISDN) für den Anruf haben sich geändert."
    ))]
    HighLevelComp = 0x0040_0000,
    /// The low-level compatibility information of the call (in the ISDN sense) has changed.
    #[tapi(doc(
        fr = "Les informations de compatibilité de couche basse de l’appel (au sens du RNIS) ont changé.",
        de = "Die Angaben zur Kompatibilität der unteren Schichten (im Sinne von ISDN) für den Anruf haben sich geändert."
    ))]
    LowLevelComp = 0x0080_0000,
    /// The charging information of the call has changed.
    #[tapi(doc(
        fr = "Les informations de taxation de l’appel ont changé.",
        de = "Die Gebühreninformationen des Anrufs haben sich geändert."
    ))]
    ChargingInfo = 0x0100_0000,
    /// The terminal modes of the call, that is which terminals carry its media, have changed.
    #[tapi(doc(
        fr = "Les modes de terminal de l’appel, c’est-à-dire les terminaux qui acheminent son média, ont changé.",
        de = "Die Endgerätemodi des Anrufs, also die Endgeräte, über die seine Medien geleitet werden, haben sich geändert."
    ))]
    Terminal = 0x0200_0000,
    /// The dialing parameters of the call (`DialParams`, a `LINEDIALPARAMS`) have changed.
    #[tapi(doc(
        fr = "Les paramètres de numérotation de l’appel (`DialParams`, de type `LINEDIALPARAMS`) ont changé.",
        de = "Die Wählparameter des Anrufs (`DialParams`, eine Struktur `LINEDIALPARAMS`) haben sich geändert."
    ))]
    DialParams = 0x0400_0000,
    /// One or more of the digit, tone or media mode detection settings of the call have changed.
    #[tapi(doc(
        fr = "Un ou plusieurs réglages de détection des chiffres, des tonalités ou des modes de média de l’appel ont changé.",
        de = "Eine oder mehrere Einstellungen des Anrufs zur Erkennung von Ziffern, Tönen oder Medienmodi haben sich geändert."
    ))]
    MonitorModes = 0x0800_0000,
    /// The call treatment (`dwCallTreatment`, see `LINECALLTREATMENT_`) has changed, for example
    /// after `lineSetCallTreatment`, a change of call state, a script run by the switch, or the end
    /// of a recorded announcement.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Le traitement de l’appel (`dwCallTreatment`, voir `LINECALLTREATMENT_`) a changé, par exemple après `lineSetCallTreatment`, un changement d’état de l’appel, un script exécuté par le commutateur ou la fin d’une annonce enregistrée.",
        de = "Die Anrufbehandlung (`dwCallTreatment`, siehe `LINECALLTREATMENT_`) hat sich geändert, etwa nach `lineSetCallTreatment`, einem Wechsel des Anrufzustands, einem von der Vermittlung ausgeführten Skript oder dem Ende einer aufgezeichneten Ansage."
    ))]
    Treatment = 0x1000_0000,
    /// One or more of the quality-of-service members of `LINECALLINFO` have been updated.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Un ou plusieurs membres de qualité de service de `LINECALLINFO` ont été mis à jour.",
        de = "Ein oder mehrere Felder von `LINECALLINFO` zur QoS (Dienstgüte) wurden aktualisiert."
    ))]
    Qos = 0x2000_0000,
    /// The call data block of `LINECALLINFO` (`CallData`) has been updated, for example through
    /// `lineSetCallData`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Le bloc de données d’appel de `LINECALLINFO` (`CallData`) a été mis à jour, par exemple par `lineSetCallData`.",
        de = "Der Block mit den Anrufdaten in `LINECALLINFO` (`CallData`) wurde aktualisiert, etwa durch `lineSetCallData`."
    ))]
    CallData = 0x4000_0000,
}

/// Where a call came from, as stored in the `dwOrigin` member of `LINECALLINFO`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECALLORIGIN_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Provenance d’un appel, telle qu’elle figure dans le membre `dwOrigin` de `LINECALLINFO`.",
    de = "Herkunft eines Anrufs, wie sie im Feld `dwOrigin` von `LINECALLINFO` steht."
))]
pub enum LineCallOrigin {
    /// The call was placed from this station: it is an outgoing call.
    #[tapi(doc(
        fr = "L’appel a été émis depuis ce poste : c’est un appel sortant.",
        de = "Der Anruf wurde von dieser Nebenstelle aus getätigt: Es ist ein ausgehender Anruf."
    ))]
    Outbound = 0x0000_0001,
    /// An incoming call that comes from another station attached to the same switch.
    #[tapi(doc(
        fr = "Appel entrant provenant d’un autre poste relié au même commutateur.",
        de = "Ein eingehender Anruf, der von einer anderen Nebenstelle an derselben Vermittlung kommt."
    ))]
    Internal = 0x0000_0002,
    /// An incoming call that arrived over an external line.
    #[tapi(doc(
        fr = "Appel entrant arrivé par une ligne extérieure.",
        de = "Ein eingehender Anruf, der über eine externe Leitung angekommen ist."
    ))]
    External = 0x0000_0004,
    /// The origin is not known yet but may be determined later in the call.
    #[tapi(doc(
        fr = "L’origine n’est pas encore connue mais pourra être déterminée plus tard au cours de l’appel.",
        de = "Die Herkunft ist noch nicht bekannt, kann aber im weiteren Verlauf des Anrufs ermittelt werden."
    ))]
    Unknown = 0x0000_0010,
    /// The origin cannot be obtained and will never be known for this call.
    #[tapi(doc(
        fr = "L’origine ne peut pas être obtenue et ne sera jamais connue pour cet appel.",
        de = "Die Herkunft lässt sich nicht ermitteln und wird für diesen Anruf nie bekannt sein."
    ))]
    Unavail = 0x0000_0020,
    /// The call handle stands for a conference: it is the application's own connection to the
    /// conference bridge in the switch.
    #[tapi(doc(
        fr = "Le handle d’appel représente une conférence : c’est la liaison propre de l’application avec le pont de conférence du commutateur.",
        de = "Das Anruf-Handle steht für eine Konferenz: Es ist die eigene Verbindung der Anwendung zur Konferenzbrücke in der Vermittlung."
    ))]
    Conference = 0x0000_0040,
    /// An incoming call that the provider cannot classify as internal or external. Only usable
    /// when TAPI 1.4 or later has been negotiated; otherwise the provider reports `UNAVAIL`.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Appel entrant que le fournisseur ne sait pas classer comme interne ou externe. Utilisable seulement si TAPI 1.4 ou une version ultérieure a été négociée ; sinon, le fournisseur indique `UNAVAIL`.",
        de = "Ein eingehender Anruf, den der Dienstanbieter weder als intern noch als extern einordnen kann. Nur verwendbar, wenn TAPI 1.4 oder höher ausgehandelt wurde; andernfalls meldet der Dienstanbieter `UNAVAIL`."
    ))]
    Inbound = 0x0000_0080,
}

/// What kind of identification is available for a party to a call. Used in the
/// `dwCallerIDFlags`, `dwCalledIDFlags`, `dwConnectedIDFlags`, `dwRedirectionIDFlags` and
/// `dwRedirectingIDFlags` members of `LINECALLINFO`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECALLPARTYID_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Nature de l’identification disponible pour un correspondant d’un appel. Sert dans les membres `dwCallerIDFlags`, `dwCalledIDFlags`, `dwConnectedIDFlags`, `dwRedirectionIDFlags` et `dwRedirectingIDFlags` de `LINECALLINFO`.",
    de = "Art der Kennungsangaben, die für einen Teilnehmer eines Anrufs verfügbar sind. Verwendet in den Feldern `dwCallerIDFlags`, `dwCalledIDFlags`, `dwConnectedIDFlags`, `dwRedirectionIDFlags` und `dwRedirectingIDFlags` von `LINECALLINFO`."
))]
pub enum LineCallPartyId {
    /// No identification is given because the remote party has chosen to withhold it.
    #[tapi(doc(
        fr = "Aucune identification n’est fournie, car le correspondant distant a choisi de la masquer.",
        de = "Es werden keine Kennungsangaben geliefert, weil der entfernte Teilnehmer sie unterdrückt hat."
    ))]
    Blocked = 0x0000_0001,
    /// No caller identification because the network did not carry it all the way to this line.
    #[tapi(doc(
        fr = "Pas d’identification de l’appelant, car le réseau ne l’a pas transmise jusqu’à cette ligne.",
        de = "Es gibt keine Kennungsangaben des Anrufers, weil das Netz sie nicht bis zu dieser Leitung übertragen hat."
    ))]
    OutOfArea = 0x0000_0002,
    /// The identification includes the party's name, for example taken from a directory kept in
    /// the switch.
    #[tapi(doc(
        fr = "L’identification comprend le nom du correspondant, tiré par exemple d’un annuaire tenu par le commutateur.",
        de = "Die Kennungsangaben enthalten den Namen des Teilnehmers, etwa aus einem Verzeichnis, das in der Vermittlung geführt wird."
    ))]
    Name = 0x0000_0004,
    /// The identification includes the party's address, in canonical or dialable form.
    #[tapi(doc(
        fr = "L’identification comprend l’adresse du correspondant, sous forme canonique ou composable.",
        de = "Die Kennungsangaben enthalten die Adresse des Teilnehmers, in kanonischer oder wählbarer Form."
    ))]
    Address = 0x0000_0008,
    /// The identification is valid but only partial.
    #[tapi(doc(
        fr = "L’identification est valide mais seulement partielle.",
        de = "Die Kennungsangaben sind gültig, aber unvollständig."
    ))]
    Partial = 0x0000_0010,
    /// The identification is not known yet but may become available later.
    #[tapi(doc(
        fr = "L’identification n’est pas encore connue mais pourra devenir disponible plus tard.",
        de = "Die Kennungsangaben sind noch nicht bekannt, können aber später verfügbar werden."
    ))]
    Unknown = 0x0000_0020,
    /// No identification is available and none will come, whether because the network did not
    /// deliver it, the provider ignored it, or for another reason.
    #[tapi(doc(
        fr = "Aucune identification n’est disponible et aucune ne viendra, que le réseau ne l’ait pas transmise, que le fournisseur l’ait ignorée ou pour une autre raison.",
        de = "Es sind keine Kennungsangaben verfügbar, und es werden auch keine mehr kommen, sei es, weil das Netz sie nicht geliefert hat, weil der Dienstanbieter sie ignoriert hat, oder aus einem anderen Grund."
    ))]
    Unavail = 0x0000_0040,
}

/// Rights that an application holds over a call through its call handle. Requested in the
/// `dwPrivileges` parameter of `lineOpen`, changed with `lineSetCallPrivilege`, and reported with
/// `LINE_CALLSTATE` when a handle is first given to an application or its privilege changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECALLPRIVILEGE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Droits qu’une application détient sur un appel par son handle d’appel. Demandés dans le paramètre `dwPrivileges` de `lineOpen`, modifiés avec `lineSetCallPrivilege` et signalés par `LINE_CALLSTATE` lorsqu’un handle est remis pour la première fois à une application ou que son privilège change.",
    de = "Berechtigungen, die eine Anwendung über ihr Anruf-Handle für einen Anruf besitzt. Angefordert im Parameter `dwPrivileges` von `lineOpen`, geändert mit `lineSetCallPrivilege` und mit `LINE_CALLSTATE` gemeldet, wenn eine Anwendung erstmals ein Handle erhält oder sich ihre Berechtigung ändert."
))]
pub enum LineCallPrivilege {
    /// The application has no rights to the call; its handle is no longer valid and must not be
    /// used. Passed to `lineOpen`, it means the application will only place outgoing calls.
    #[tapi(doc(
        fr = "L’application n’a aucun droit sur l’appel ; son handle n’est plus valide et ne doit pas être utilisé. Passé à `lineOpen`, il signifie que l’application se contentera d’émettre des appels.",
        de = "Die Anwendung hat keine Berechtigung für den Anruf; ihr Handle ist nicht mehr gültig und darf nicht verwendet werden. An `lineOpen` übergeben, bedeutet der Wert, dass die Anwendung nur ausgehende Anrufe tätigen wird."
    ))]
    None = 0x0000_0001,
    /// The application may watch the call: it receives its state changes and can query its
    /// information and status, but cannot act on it.
    #[tapi(doc(
        fr = "L’application peut surveiller l’appel : elle reçoit ses changements d’état et peut en consulter les informations et l’état, mais ne peut pas agir dessus.",
        de = "Die Anwendung darf den Anruf überwachen, also seine Zustandsänderungen empfangen und seine Informationen und seinen Status abfragen, aber nicht auf ihn einwirken."
    ))]
    Monitor = 0x0000_0002,
    /// The application may act on the call in ways that change its state, such as answering,
    /// holding, transferring or dropping it.
    #[tapi(doc(
        fr = "L’application peut agir sur l’appel de façon à en changer l’état, par exemple y répondre, le mettre en attente, le transférer ou y mettre fin.",
        de = "Die Anwendung darf so auf den Anruf einwirken, dass sich sein Zustand ändert, etwa ihn annehmen, halten, übergeben oder beenden."
    ))]
    Owner = 0x0000_0004,
}

/// Why a call appeared on an address, as stored in the `dwReason` member of `LINECALLINFO`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECALLREASON_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Raison pour laquelle un appel est apparu sur une adresse, telle qu’elle figure dans le membre `dwReason` de `LINECALLINFO`.",
    de = "Grund, aus dem ein Anruf auf einer Adresse erschienen ist, wie er im Feld `dwReason` von `LINECALLINFO` steht."
))]
pub enum LineCallReason {
    /// An ordinary incoming or outgoing call, with no forwarding, transfer or other feature involved.
    #[tapi(doc(
        fr = "Appel entrant ou sortant ordinaire, sans renvoi, transfert ni autre fonction en jeu.",
        de = "Ein gewöhnlicher eingehender oder ausgehender Anruf, an dem weder Rufumleitung noch Übergabe noch ein anderes Leistungsmerkmal beteiligt ist."
    ))]
    Direct = 0x0000_0001,
    /// The call was forwarded here from another extension because that extension was busy.
    #[tapi(doc(
        fr = "L’appel a été renvoyé ici depuis un autre poste parce que celui-ci était occupé.",
        de = "Der Anruf wurde per Rufumleitung von einer anderen Nebenstelle hierher weitergeleitet, weil diese besetzt war."
    ))]
    FwdBusy = 0x0000_0002,
    /// The call was forwarded here from another extension that did not answer after a number of rings.
    #[tapi(doc(
        fr = "L’appel a été renvoyé ici depuis un autre poste qui n’a pas répondu après un certain nombre de sonneries.",
        de = "Der Anruf wurde per Rufumleitung von einer anderen Nebenstelle hierher weitergeleitet, die sich nach einer bestimmten Anzahl von Klingelzeichen nicht gemeldet hat."
    ))]
    FwdNoAnswer = 0x0000_0004,
    /// The call was forwarded here unconditionally from another number.
    #[tapi(doc(
        fr = "L’appel a été renvoyé ici sans condition depuis un autre numéro.",
        de = "Der Anruf wurde von einer anderen Nummer per sofortiger Rufumleitung (ohne Bedingung) hierher weitergeleitet."
    ))]
    FwdUncond = 0x0000_0008,
    /// The call was picked up from another extension.
    #[tapi(doc(
        fr = "L’appel a été intercepté depuis un autre poste.",
        de = "Der Anruf wurde von einer anderen Nebenstelle herangeholt."
    ))]
    Pickup = 0x0000_0010,
    /// The call was retrieved from park.
    #[tapi(doc(
        fr = "L’appel a été repris alors qu’il était parqué.",
        de = "Der Anruf wurde aus dem Parken geholt."
    ))]
    Unpark = 0x0000_0020,
    /// The call was redirected to this station.
    #[tapi(doc(
        fr = "L’appel a été redirigé vers ce poste.",
        de = "Der Anruf wurde zu dieser Nebenstelle umgeleitet."
    ))]
    Redirect = 0x0000_0040,
    /// The call results from an earlier call completion request.
    #[tapi(doc(
        fr = "L’appel résulte d’une demande d’achèvement d’appel antérieure.",
        de = "Der Anruf geht auf eine frühere Anforderung zur Anrufvervollständigung zurück."
    ))]
    CallCompletion = 0x0000_0080,
    /// The call was transferred here from another number.
    #[tapi(doc(
        fr = "L’appel a été transféré ici depuis un autre numéro.",
        de = "Der Anruf wurde von einer anderen Nummer hierher übergeben."
    ))]
    Transfer = 0x0000_0100,
    /// A reminder (recall) that the user has a call parked or on hold, possibly for a long time.
    #[tapi(doc(
        fr = "Rappel signalant à l’utilisateur qu’un de ses appels est parqué ou en attente, peut-être depuis longtemps.",
        de = "Eine Erinnerung (Wiederanruf) daran, dass beim Benutzer ein Anruf geparkt ist oder gehalten wird, möglicherweise schon seit Langem."
    ))]
    Reminder = 0x0000_0200,
    /// The reason is not known yet but may become known later.
    #[tapi(doc(
        fr = "La raison n’est pas encore connue mais pourra l’être plus tard.",
        de = "Der Grund ist noch nicht bekannt, kann aber später bekannt werden."
    ))]
    Unknown = 0x0000_0400,
    /// The reason is unavailable and will never be known.
    #[tapi(doc(
        fr = "La raison n’est pas disponible et ne sera jamais connue.",
        de = "Der Grund ist nicht verfügbar und wird nie bekannt sein."
    ))]
    Unavail = 0x0000_0800,
    /// The call broke into the line, through a call completion action by another station or by an
    /// operator. Depending on the switch, it shows up connected or conferenced with the call
    /// already active on the line.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "L’appel s’est imposé sur la ligne, par une action d’achèvement d’appel d’un autre poste ou par l’intervention du standard. Selon le commutateur, il apparaît connecté ou en conférence avec l’appel déjà actif sur la ligne.",
        de = "Der Anruf hat sich auf die Leitung aufgeschaltet, durch eine Anrufvervollständigung einer anderen Nebenstelle oder durch einen Vermittlungsplatz. Je nach Vermittlung erscheint er als verbunden oder in einer Konferenz mit dem bereits aktiven Anruf der Leitung."
    ))]
    Intrude = 0x0000_1000,
    /// The call was parked on this address; it normally first appears in the on-hold state.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "L’appel a été parqué sur cette adresse ; il apparaît normalement d’abord à l’état en attente.",
        de = "Der Anruf wurde auf dieser Adresse geparkt; er erscheint normalerweise zuerst als gehalten."
    ))]
    Parked = 0x0000_2000,
    /// The call is camped on this address: it usually first appears on hold and can be taken with
    /// `lineSwapHold`, and it may start ringing (offering state) once the active call goes idle.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’appel est en attente sur occupation de cette adresse : il apparaît en général d’abord en attente et peut être pris avec `lineSwapHold` ; il peut se mettre à sonner (état de présentation) dès que l’appel actif passe à l’état inactif.",
        de = "Der Anruf wartet bei Besetzt auf dieser Adresse: Er erscheint meist zuerst als gehalten und kann mit `lineSwapHold` übernommen werden, und er kann zu klingeln beginnen (Angebotszustand), sobald der aktive Anruf in den Ruhezustand übergeht."
    ))]
    CampedOn = 0x0000_4000,
    /// The switch wants routing instructions: the application reads the called ID and gives a
    /// destination with `lineRedirect`, or refuses the call with `lineDrop`; without an answer in
    /// time, the switch applies a default action. Needs TAPI 2.0 or later negotiated on the line.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Le commutateur demande des instructions d’acheminement : l’application lit l’identification de l’appelé et fournit une destination avec `lineRedirect`, ou refuse l’appel avec `lineDrop` ; faute de réponse à temps, le commutateur applique une action par défaut. Nécessite que TAPI 2.0 ou une version ultérieure ait été négociée sur la ligne.",
        de = "Die Vermittlung verlangt Anweisungen zur Leitweglenkung: Die Anwendung liest die Kennungsangaben des angerufenen Teilnehmers und gibt mit `lineRedirect` ein Ziel an oder weist den Anruf mit `lineDrop` ab; bleibt eine rechtzeitige Antwort aus, wendet die Vermittlung eine Standardaktion an. Erfordert, dass auf der Leitung TAPI 2.0 oder höher ausgehandelt wurde."
    ))]
    RouteRequest = 0x0000_8000,
}

/// What a party hears while its call is not connected to a device (offering or on hold). Set with
/// `lineSetCallTreatment` and read in the `dwCallTreatment` member of `LINECALLINFO`; TAPI only
/// checks the value and passes it on to the service provider.
///
/// Zero means the provider does not support call treatments. Values 0x05 to 0xFF are reserved,
/// and values from 0x100 up belong to service providers (for example a particular piece of music
/// or a recorded announcement).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECALLTREATMENT_",
    device_specific(from = 0x100),
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Ce qu’entend un correspondant tant que son appel n’est relié à aucun périphérique (état de présentation ou en attente). Défini avec `lineSetCallTreatment` et lu dans le membre `dwCallTreatment` de `LINECALLINFO` ; TAPI se contente de vérifier la valeur et la transmet au fournisseur de services.\n\nZéro signifie que le fournisseur ne prend pas en charge les traitements d’appel. Les valeurs 0x05 à 0xFF sont réservées, et celles à partir de 0x100 appartiennent aux fournisseurs de services (par exemple un morceau de musique précis ou une annonce enregistrée particulière).",
    de = "Was ein Teilnehmer hört, solange sein Anruf mit keinem Gerät verbunden ist (angeboten oder gehalten). Gesetzt mit `lineSetCallTreatment` und gelesen im Feld `dwCallTreatment` von `LINECALLINFO`; TAPI prüft den Wert nur und reicht ihn an den Dienstanbieter weiter.\n\nNull bedeutet, dass der Dienstanbieter keine Anrufbehandlungen unterstützt. Die Werte 0x05 bis 0xFF sind reserviert, und die Werte ab 0x100 gehören den Dienstanbietern (etwa ein bestimmtes Musikstück oder eine bestimmte aufgezeichnete Ansage)."
))]
pub enum LineCallTreatment {
    /// While the call is offering or on hold, the waiting party hears silence.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Tant que l’appel est présenté ou en attente, le correspondant qui patiente n’entend que du silence.",
        de = "Solange der Anruf angeboten wird oder gehalten ist, hört der wartende Teilnehmer Stille."
    ))]
    Silence = 0x0000_0001,
    /// While the call is offering or on hold, the waiting party hears ringback tone, as if the call
    /// were still ringing.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Tant que l’appel est présenté ou en attente, le correspondant qui patiente entend la tonalité de retour d’appel, comme si l’appel sonnait encore.",
        de = "Solange der Anruf angeboten wird oder gehalten ist, hört der wartende Teilnehmer den Freiton, als ob der Anruf noch klingeln würde."
    ))]
    Ringback = 0x0000_0002,
    /// While the call is offering or on hold, the waiting party hears a busy signal.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Tant que l’appel est présenté ou en attente, le correspondant qui patiente entend la tonalité d’occupation.",
        de = "Solange der Anruf angeboten wird oder gehalten ist, hört der wartende Teilnehmer den Besetztton."
    ))]
    Busy = 0x0000_0003,
    /// While the call is offering or on hold, the waiting party hears music.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Tant que l’appel est présenté ou en attente, le correspondant qui patiente entend de la musique.",
        de = "Solange der Anruf angeboten wird oder gehalten ist, hört der wartende Teilnehmer Musik."
    ))]
    Music = 0x0000_0004,
}
