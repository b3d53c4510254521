//! Callback message numbers (`LINE_`, `PHONE_`); [`Message`](crate::families::Message) reads either one by its number.

use tapi_consts::ConstFamily;

/// Numbers of the messages TAPI delivers about line devices, addresses and calls.
///
/// The value arrives as the `dwMessage` argument of the application's line callback
/// (`LINECALLBACK`), or as `dwMessageID` of a `LINEMESSAGE` returned by `lineGetMessage`.
/// The meaning of `hDevice`, `dwParam1`, `dwParam2` and `dwParam3` depends on the message.
/// `LINE_` and `PHONE_` numbers come from one shared sequence, so neither family is contiguous.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(prefix = "LINE_", header = "tapi.h", c_consts)]
#[tapi(doc(
    fr = "Numéros des messages que TAPI envoie au sujet des périphériques de ligne, des adresses et des appels. La valeur parvient dans l’argument `dwMessage` de la fonction de rappel (callback) de ligne (`LINECALLBACK`), ou dans le champ `dwMessageID` d’un `LINEMESSAGE` obtenu par `lineGetMessage` ; le sens de `hDevice` et de `dwParam1` à `dwParam3` dépend du message.",
    de = "Nummern der Nachrichten, die TAPI zu Leitungsgeräten, Adressen und Anrufen zustellt. Der Wert kommt als Argument `dwMessage` der Leitungs-Callback-Funktion der Anwendung (`LINECALLBACK`) an oder als `dwMessageID` einer `LINEMESSAGE`, die `lineGetMessage` zurückgibt. Die Bedeutung von `hDevice`, `dwParam1`, `dwParam2` und `dwParam3` hängt von der Nachricht ab. Die Nummern von `LINE_` und `PHONE_` stammen aus einer gemeinsamen Folge, daher ist keine der beiden Familien lückenlos."
))]
pub enum Line {
    /// Reports that the status of an address on an open line has changed: `dwParam1` is the
    /// address identifier and `dwParam2` holds the `LINEADDRESSSTATE_` flags of the items that
    /// changed. Only changes enabled with `lineSetStatusMessages` are reported.
    #[tapi(doc(
        fr = "Signale que l’état d’une adresse d’une ligne ouverte a changé : `dwParam1` est l’identifiant de l’adresse et `dwParam2` contient les indicateurs `LINEADDRESSSTATE_` des éléments modifiés. Seuls les changements activés par `lineSetStatusMessages` sont signalés.",
        de = "Meldet, dass sich der Status einer Adresse auf einer geöffneten Leitung geändert hat: `dwParam1` ist die Kennung der Adresse, und `dwParam2` enthält die `LINEADDRESSSTATE_`-Bits der geänderten Angaben. Gemeldet werden nur Änderungen, die mit `lineSetStatusMessages` aktiviert wurden."
    ))]
    AddressState = 0,
    /// Reports that some fields of a call's `LINECALLINFO` structure have changed: `hDevice` is
    /// the call handle and `dwParam1` holds the `LINECALLINFOSTATE_` flags naming those fields.
    #[tapi(doc(
        fr = "Signale que certains champs de la structure `LINECALLINFO` d’un appel ont changé : `hDevice` est le handle d’appel et `dwParam1` contient les indicateurs `LINECALLINFOSTATE_` désignant ces champs.",
        de = "Meldet, dass sich Felder der Struktur `LINECALLINFO` eines Anrufs geändert haben: `hDevice` ist das Anrufhandle, und `dwParam1` enthält die `LINECALLINFOSTATE_`-Bits, die diese Felder bezeichnen."
    ))]
    CallInfo = 1,
    /// Reports that a call has entered a new state: `dwParam1` is the `LINECALLSTATE_` value,
    /// `dwParam2` a state-dependent detail (busy mode, disconnect mode, and so on), and
    /// `dwParam3` the application's privilege when the message announces a call new to it.
    #[tapi(doc(
        fr = "Signale qu’un appel est passé dans un nouvel état : `dwParam1` est la valeur `LINECALLSTATE_`, `dwParam2` une précision propre à cet état (mode d’occupation, mode de déconnexion, etc.) et `dwParam3` le privilège de l’application lorsque le message lui annonce un appel qu’elle ne connaissait pas.",
        de = "Meldet, dass ein Anruf in einen neuen Anrufzustand übergegangen ist: `dwParam1` ist der `LINECALLSTATE_`-Wert, `dwParam2` eine vom Zustand abhängige Angabe (Besetztzeichen, Trennungsgrund usw.) und `dwParam3` die Berechtigung der Anwendung, wenn die Nachricht ihr einen für sie neuen Anruf ankündigt."
    ))]
    CallState = 2,
    /// Reports that a line device the application had open has been closed without its request,
    /// for instance because the device was reconfigured or removed; the line handle and the
    /// call handles on it are no longer valid.
    #[tapi(doc(
        fr = "Signale qu’un périphérique de ligne ouvert par l’application a été fermé sans qu’elle l’ait demandé, par exemple à la suite d’une reconfiguration ou d’un retrait ; le handle de ligne et les handles d’appel qui en dépendent ne sont plus valides.",
        de = "Meldet, dass ein Leitungsgerät, das die Anwendung geöffnet hatte, geschlossen wurde, ohne dass sie es angefordert hat, etwa weil das Gerät neu konfiguriert oder entfernt wurde; das Leitungshandle und die Handles der Anrufe darauf sind nicht mehr gültig."
    ))]
    Close = 3,
    /// Carries a device-specific event on a line, address or call; the service provider defines
    /// what the parameters mean. It is the notification side of `lineDevSpecific`.
    #[tapi(doc(
        fr = "Transmet un événement propre au périphérique concernant une ligne, une adresse ou un appel ; le fournisseur de services définit le sens des paramètres. C’est le pendant, côté notifications, de `lineDevSpecific`.",
        de = "Überbringt ein gerätespezifisches Ereignis zu einer Leitung, einer Adresse oder einem Anruf; die Bedeutung der Parameter legt der Dienstanbieter fest. Die Nachricht ist das Gegenstück von `lineDevSpecific` auf der Seite der Benachrichtigungen."
    ))]
    DevSpecific = 4,
    /// Carries a device-specific event related to the switch features driven through
    /// `lineDevSpecificFeature`; the parameters are defined by the service provider.
    #[tapi(doc(
        fr = "Transmet un événement propre au périphérique lié aux fonctions du commutateur pilotées par `lineDevSpecificFeature` ; les paramètres sont définis par le fournisseur de services.",
        de = "Überbringt ein gerätespezifisches Ereignis zu den Leistungsmerkmalen der Vermittlung, die über `lineDevSpecificFeature` gesteuert werden; die Parameter legt der Dienstanbieter fest."
    ))]
    DevSpecificFeature = 5,
    /// Reports that a digit-gathering request started with `lineGatherDigits` has ended:
    /// `dwParam1` gives the reason as a `LINEGATHERTERM_` value, and the collected digits are in
    /// the buffer the application supplied.
    #[tapi(doc(
        fr = "Signale qu’une collecte de chiffres lancée par `lineGatherDigits` a pris fin : `dwParam1` en donne la raison sous forme de valeur `LINEGATHERTERM_`, et les chiffres recueillis se trouvent dans la mémoire tampon fournie par l’application.",
        de = "Meldet, dass eine mit `lineGatherDigits` gestartete Ziffernerfassung beendet ist: `dwParam1` gibt den Grund als `LINEGATHERTERM_`-Wert an, und die erfassten Ziffern stehen in dem Puffer, den die Anwendung bereitgestellt hat."
    ))]
    GatherDigits = 6,
    /// Reports that digit or tone generation started with `lineGenerateDigits` or
    /// `lineGenerateTone` has finished or been cut short; `dwParam1` holds a `LINEGENERATETERM_`
    /// value giving the reason.
    #[tapi(doc(
        fr = "Signale que la génération de chiffres ou de tonalités lancée par `lineGenerateDigits` ou `lineGenerateTone` est terminée ou a été interrompue ; `dwParam1` contient une valeur `LINEGENERATETERM_` qui en indique la raison.",
        de = "Meldet, dass die mit `lineGenerateDigits` oder `lineGenerateTone` gestartete Erzeugung von Ziffern oder Tönen abgeschlossen ist oder vorzeitig abgebrochen wurde; `dwParam1` enthält einen `LINEGENERATETERM_`-Wert, der den Grund angibt."
    ))]
    Generate = 7,
    /// Reports a change in the state of the line device itself (ringing, going in or out of
    /// service, a need to reinitialise, and so on); `dwParam1` holds `LINEDEVSTATE_` flags.
    #[tapi(doc(
        fr = "Signale un changement d’état du périphérique de ligne lui-même (sonnerie, mise en service ou hors service, réinitialisation nécessaire, etc.) ; `dwParam1` contient des indicateurs `LINEDEVSTATE_`.",
        de = "Meldet eine Änderung des Zustands des Leitungsgeräts selbst (Klingeln, Wechsel in den oder aus dem Betrieb, notwendige Neuinitialisierung usw.); `dwParam1` enthält `LINEDEVSTATE_`-Bits."
    ))]
    LineDevState = 8,
    /// Reports a single digit detected on a call monitored with `lineMonitorDigits`: the low
    /// byte of `dwParam1` is the digit and `dwParam2` the `LINEDIGITMODE_` in which it was heard.
    #[tapi(doc(
        fr = "Signale un chiffre détecté sur un appel dont la détection des chiffres a été activée par `lineMonitorDigits` : l’octet de poids faible de `dwParam1` est le chiffre et `dwParam2` le mode `LINEDIGITMODE_` dans lequel il a été reconnu.",
        de = "Meldet eine einzelne Ziffer, die auf einem mit `lineMonitorDigits` überwachten Anruf erkannt wurde: Das untere Byte von `dwParam1` ist die Ziffer, `dwParam2` das Wahlverfahren (`LINEDIGITMODE_`), in dem sie erkannt wurde."
    ))]
    MonitorDigits = 9,
    /// Reports that a change of media mode was detected on a call monitored with
    /// `lineMonitorMedia`; `dwParam1` holds the newly detected `LINEMEDIAMODE_` value.
    #[tapi(doc(
        fr = "Signale qu’un changement de mode de média a été détecté sur un appel dont la détection des modes de média a été activée par `lineMonitorMedia` ; `dwParam1` contient la valeur `LINEMEDIAMODE_` nouvellement détectée.",
        de = "Meldet, dass auf einem mit `lineMonitorMedia` überwachten Anruf ein Wechsel des Medienmodus erkannt wurde; `dwParam1` enthält den neu erkannten `LINEMEDIAMODE_`-Wert."
    ))]
    MonitorMedia = 10,
    /// Reports that one of the tones requested with `lineMonitorTones` has been detected on the
    /// call; `dwParam1` is the identifier the application gave that tone.
    #[tapi(doc(
        fr = "Signale que l’une des tonalités demandées par `lineMonitorTones` a été détectée sur l’appel ; `dwParam1` est l’identifiant que l’application avait attribué à cette tonalité.",
        de = "Meldet, dass einer der mit `lineMonitorTones` angeforderten Töne auf dem Anruf erkannt wurde; `dwParam1` ist die Kennung, die die Anwendung diesem Ton gegeben hat."
    ))]
    MonitorTone = 11,
    /// Reports the completion of an asynchronous line function: `dwParam1` is the request
    /// identifier the function returned and `dwParam2` its result, zero on success or a
    /// `LINEERR_` code.
    #[tapi(doc(
        fr = "Signale l’achèvement d’une fonction de ligne asynchrone : `dwParam1` est l’identifiant de requête renvoyé par la fonction et `dwParam2` son résultat, zéro en cas de succès ou un code `LINEERR_`.",
        de = "Meldet den Abschluss einer asynchronen Leitungsfunktion: `dwParam1` ist die Anforderungskennung, die die Funktion zurückgegeben hat, und `dwParam2` ihr Ergebnis, 0 bei Erfolg oder ein `LINEERR_`-Code."
    ))]
    Reply = 12,
    /// Tells an application registered as an Assisted Telephony request recipient that a request
    /// from another application is waiting; `dwParam1` is its `LINEREQUESTMODE_`.
    #[tapi(doc(
        fr = "Indique à une application inscrite comme destinataire des requêtes de téléphonie assistée qu’une requête d’une autre application est en attente ; `dwParam1` en précise le mode `LINEREQUESTMODE_`.",
        de = "Teilt einer Anwendung, die als Empfänger von Anforderungen der unterstützten Telefonie (Assisted Telephony) registriert ist, mit, dass eine Anforderung einer anderen Anwendung wartet; `dwParam1` ist deren Anforderungsmodus (`LINEREQUESTMODE_`)."
    ))]
    Request = 13,
    /// Reports that a new line device has appeared in the system (after a Plug and Play
    /// installation, for example); `dwParam1` is its device identifier.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Signale qu’un nouveau périphérique de ligne est apparu dans le système (après une installation Plug and Play, par exemple) ; `dwParam1` est son identifiant de périphérique.",
        de = "Meldet, dass im System ein neues Leitungsgerät hinzugekommen ist (etwa nach einer Plug-and-Play-Installation); `dwParam1` ist seine Gerätekennung."
    ))]
    Create = 19,
    /// Reports a change in an item specific to the ACD agent handler, reached through the
    /// `lineAgentSpecific` extension; `dwParam1` selects the handler extension and `dwParam2`
    /// is defined by that handler.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Signale un changement dans un élément propre au gestionnaire d’agents de l’ACD, accessible par l’extension `lineAgentSpecific` ; `dwParam1` désigne l’extension du gestionnaire et `dwParam2` est défini par celui-ci.",
        de = "Meldet eine Änderung an einem Element, das für den ACD-Agentenhandler spezifisch ist und über die Erweiterung `lineAgentSpecific` erreicht wird; `dwParam1` wählt die Handlererweiterung aus, und `dwParam2` wird von diesem Handler festgelegt."
    ))]
    AgentSpecific = 21,
    /// Reports that the status of the ACD agent on an address of an open line has changed:
    /// `dwParam1` is the address identifier, `dwParam2` holds `LINEAGENTSTATUS_` flags, and
    /// `dwParam3` the new `LINEAGENTSTATE_` value when the state itself changed.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Signale que l’état de l’agent ACD sur une adresse d’une ligne ouverte a changé : `dwParam1` est l’identifiant de l’adresse, `dwParam2` contient des indicateurs `LINEAGENTSTATUS_` et `dwParam3` la nouvelle valeur `LINEAGENTSTATE_` lorsque l’état lui-même a changé.",
        de = "Meldet, dass sich der Status des ACD-Agenten auf einer Adresse einer geöffneten Leitung geändert hat: `dwParam1` ist die Kennung der Adresse, `dwParam2` enthält `LINEAGENTSTATUS_`-Bits und `dwParam3` den neuen `LINEAGENTSTATE_`-Wert, wenn sich der Zustand selbst geändert hat."
    ))]
    AgentStatus = 22,
    /// Tells the application that a call handle was created for it without a call of its own,
    /// for example for an incoming or newly monitored call: `dwParam1` is the address
    /// identifier, `dwParam2` the new call handle and `dwParam3` the privilege granted on it.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Indique à l’application qu’un handle d’appel a été créé pour elle sans qu’elle l’ait demandé, par exemple pour un appel entrant ou nouvellement surveillé : `dwParam1` est l’identifiant de l’adresse, `dwParam2` le nouveau handle d’appel et `dwParam3` le privilège accordé sur cet appel.",
        de = "Teilt der Anwendung mit, dass für sie ein Anrufhandle angelegt wurde, ohne dass sie selbst einen Anruf aufgebaut hat, etwa für einen eingehenden oder neu überwachten Anruf: `dwParam1` ist die Kennung der Adresse, `dwParam2` das neue Anrufhandle und `dwParam3` die Berechtigung, die ihr darauf erteilt wurde."
    ))]
    AppNewCall = 23,
    /// Hands a registered proxy application (such as an ACD agent handler) a request that
    /// another application made through TAPI; `dwParam1` points to a `LINEPROXYREQUEST`
    /// structure, answered with `lineProxyResponse`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Remet à une application proxy inscrite (un gestionnaire d’agents ACD, par exemple) une requête qu’une autre application a faite par l’intermédiaire de TAPI ; `dwParam1` pointe vers une structure `LINEPROXYREQUEST`, à laquelle le proxy répond par `lineProxyResponse`.",
        de = "Stellt einer registrierten Proxy-Anwendung (etwa einem ACD-Agentenhandler) eine Anforderung zu, die eine andere Anwendung über TAPI gestellt hat; `dwParam1` zeigt auf eine Struktur `LINEPROXYREQUEST`, die mit `lineProxyResponse` beantwortet wird."
    ))]
    ProxyRequest = 24,
    /// Reports that a line device has been removed from the system; its identifier, given in
    /// `dwParam1`, must no longer be used.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Signale qu’un périphérique de ligne a été retiré du système ; son identifiant, fourni dans `dwParam1`, ne doit plus être utilisé.",
        de = "Meldet, dass ein Leitungsgerät aus dem System entfernt wurde; seine Gerätekennung, in `dwParam1` angegeben, darf nicht mehr verwendet werden."
    ))]
    Remove = 25,
    /// Reports a change in an ACD agent session on an agent handler whose line the application
    /// has open: `dwParam1` is the session handle, `dwParam2` holds `LINEAGENTSESSIONSTATUS_`
    /// flags and `dwParam3` the new `LINEAGENTSESSIONSTATE_` value when the state changed.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Signale un changement dans une session d’agent ACD sur un gestionnaire d’agents dont l’application a ouvert la ligne : `dwParam1` est le handle de la session, `dwParam2` contient des indicateurs `LINEAGENTSESSIONSTATUS_` et `dwParam3` la nouvelle valeur `LINEAGENTSESSIONSTATE_` lorsque l’état a changé.",
        de = "Meldet eine Änderung an einer ACD-Agentensitzung auf einem Agentenhandler, dessen Leitung die Anwendung geöffnet hat: `dwParam1` ist das Handle der Sitzung, `dwParam2` enthält `LINEAGENTSESSIONSTATUS_`-Bits und `dwParam3` den neuen `LINEAGENTSESSIONSTATE_`-Wert, wenn sich der Zustand geändert hat."
    ))]
    AgentSessionStatus = 27,
    /// Reports a change concerning an ACD queue on an agent handler whose line the application
    /// has open: `dwParam1` is the queue identifier and `dwParam2` holds `LINEQUEUESTATUS_` flags.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Signale un changement concernant une file d’attente ACD sur un gestionnaire d’agents dont l’application a ouvert la ligne : `dwParam1` est l’identifiant de la file et `dwParam2` contient des indicateurs `LINEQUEUESTATUS_`.",
        de = "Meldet eine Änderung an einer ACD-Warteschlange auf einem Agentenhandler, dessen Leitung die Anwendung geöffnet hat: `dwParam1` ist die Kennung der Warteschlange, und `dwParam2` enthält `LINEQUEUESTATUS_`-Bits."
    ))]
    QueueStatus = 28,
    /// Reports a change in the status of an ACD agent in the TAPI 2.2 agent model: `dwParam1`
    /// is the agent handle, `dwParam2` holds `LINEAGENTSTATUSEX_` flags and `dwParam3` the new
    /// `LINEAGENTSTATEEX_` value when the state changed.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Signale un changement d’état d’un agent ACD dans le modèle d’agents de TAPI 2.2 : `dwParam1` est le handle de l’agent, `dwParam2` contient des indicateurs `LINEAGENTSTATUSEX_` et `dwParam3` la nouvelle valeur `LINEAGENTSTATEEX_` lorsque l’état a changé.",
        de = "Meldet eine Änderung des Status eines ACD-Agenten im Agentenmodell von TAPI 2.2: `dwParam1` ist das Handle des Agenten, `dwParam2` enthält `LINEAGENTSTATUSEX_`-Bits und `dwParam3` den neuen `LINEAGENTSTATEEX_`-Wert, wenn sich der Zustand geändert hat."
    ))]
    AgentStatusEx = 29,
    /// Reports that the set of ACD groups offered by an agent handler has changed; `dwParam2`
    /// holds `LINEGROUPSTATUS_` flags and `lineGetGroupList` returns the current list.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Signale que l’ensemble des groupes ACD proposés par un gestionnaire d’agents a changé ; `dwParam2` contient des indicateurs `LINEGROUPSTATUS_` et `lineGetGroupList` renvoie la liste à jour.",
        de = "Meldet, dass sich die Menge der von einem Agentenhandler angebotenen ACD-Gruppen geändert hat; `dwParam2` enthält `LINEGROUPSTATUS_`-Bits, und `lineGetGroupList` liefert die aktuelle Liste."
    ))]
    GroupStatus = 30,
    /// Reports a change in the proxies registered on an open line; TAPI generates it when a
    /// proxy opens or closes the line. `dwParam1` holds `LINEPROXYSTATUS_` flags and `dwParam2`
    /// the `LINEPROXYREQUEST_` type concerned.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Signale un changement parmi les proxys inscrits sur une ligne ouverte ; TAPI le produit lorsqu’un proxy ouvre ou ferme la ligne. `dwParam1` contient des indicateurs `LINEPROXYSTATUS_` et `dwParam2` le type `LINEPROXYREQUEST_` concerné.",
        de = "Meldet eine Änderung bei den Proxys, die auf einer geöffneten Leitung registriert sind; TAPI erzeugt diese Nachricht, wenn ein Proxy die Leitung öffnet oder schließt. `dwParam1` enthält `LINEPROXYSTATUS_`-Bits und `dwParam2` den betroffenen Proxy-Anforderungstyp (`LINEPROXYREQUEST_`)."
    ))]
    ProxyStatus = 31,
    /// Reports that TAPI has created a new call hub; `dwParam1` gives the hub's tracking level as
    /// a `LINECALLHUBTRACKING_` value. The message comes from TAPI itself, not from a service
    /// provider.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Signale que TAPI a créé un nouveau concentrateur d’appels ; `dwParam1` en indique le niveau de suivi sous forme de valeur `LINECALLHUBTRACKING_`. Le message provient de TAPI lui-même et non d’un fournisseur de services.",
        de = "Meldet, dass TAPI einen neuen Anrufhub angelegt hat; `dwParam1` gibt seine Verfolgungsstufe als `LINECALLHUBTRACKING_`-Wert an. Die Nachricht stammt von TAPI selbst, nicht von einem Dienstanbieter."
    ))]
    AppNewCallHub = 32,
    /// Reports that a call hub has been closed, so its handle must no longer be used. The message
    /// comes from TAPI itself, not from a service provider.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Signale qu’un concentrateur d’appels a été fermé ; son handle ne doit donc plus être utilisé. Le message provient de TAPI lui-même et non d’un fournisseur de services.",
        de = "Meldet, dass ein Anrufhub geschlossen wurde; sein Handle darf daher nicht mehr verwendet werden. Die Nachricht stammt von TAPI selbst, nicht von einem Dienstanbieter."
    ))]
    CallHubClose = 33,
    /// TAPI 2.2 form of the device-specific notification: carries a provider-defined event on a
    /// line, address or call, in connection with `lineDevSpecific`.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Forme TAPI 2.2 de la notification propre au périphérique : transmet un événement défini par le fournisseur de services concernant une ligne, une adresse ou un appel, en lien avec `lineDevSpecific`.",
        de = "Die TAPI-2.2-Form der gerätespezifischen Benachrichtigung: Sie überbringt ein vom Dienstanbieter definiertes Ereignis zu einer Leitung, einer Adresse oder einem Anruf, im Zusammenhang mit `lineDevSpecific`."
    ))]
    DevSpecificEx = 34,
}

/// Numbers of the messages TAPI delivers about phone devices.
///
/// The value arrives as the `dwMessage` argument of the application's phone callback
/// (`PHONECALLBACK`), or as `dwMessageID` of a `PHONEMESSAGE` returned by `phoneGetMessage`.
/// The numbers share one sequence with the `LINE_` messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(prefix = "PHONE_", header = "tapi.h", c_consts)]
#[tapi(doc(
    fr = "Numéros des messages que TAPI envoie au sujet des périphériques téléphoniques. La valeur parvient dans l’argument `dwMessage` de la fonction de rappel (callback) téléphonique (`PHONECALLBACK`), ou dans le champ `dwMessageID` d’un `PHONEMESSAGE` obtenu par `phoneGetMessage`.",
    de = "Nummern der Nachrichten, die TAPI zu Telefongeräten zustellt. Der Wert kommt als Argument `dwMessage` der Telefon-Callback-Funktion der Anwendung (`PHONECALLBACK`) an oder als `dwMessageID` einer `PHONEMESSAGE`, die `phoneGetMessage` zurückgibt. Die Nummern stammen aus einer gemeinsamen Folge mit denen der `LINE_`-Nachrichten."
))]
pub enum Phone {
    /// Reports that a button on an open phone device was pressed or released: `dwParam1` is the
    /// button/lamp identifier, `dwParam2` its `PHONEBUTTONMODE_` and `dwParam3` the
    /// `PHONEBUTTONSTATE_` transition.
    #[tapi(doc(
        fr = "Signale qu’un bouton d’un périphérique téléphonique ouvert a été enfoncé ou relâché : `dwParam1` est l’identifiant du bouton ou du voyant, `dwParam2` son mode `PHONEBUTTONMODE_` et `dwParam3` la transition `PHONEBUTTONSTATE_`.",
        de = "Meldet, dass eine Taste eines geöffneten Telefongeräts gedrückt oder losgelassen wurde: `dwParam1` ist die Tasten-/Lampenkennung, `dwParam2` der Tastenmodus (`PHONEBUTTONMODE_`) und `dwParam3` der Zustandswechsel (`PHONEBUTTONSTATE_`)."
    ))]
    Button = 14,
    /// Reports that a phone device the application had open has been closed without its request;
    /// the phone handle is no longer valid.
    #[tapi(doc(
        fr = "Signale qu’un périphérique téléphonique ouvert par l’application a été fermé sans qu’elle l’ait demandé ; le handle du téléphone n’est plus valide.",
        de = "Meldet, dass ein Telefongerät, das die Anwendung geöffnet hatte, geschlossen wurde, ohne dass sie es angefordert hat; das Telefonhandle ist nicht mehr gültig."
    ))]
    Close = 15,
    /// Carries a device-specific event on a phone device; the service provider defines the
    /// parameters. It is the notification side of `phoneDevSpecific`.
    #[tapi(doc(
        fr = "Transmet un événement propre au périphérique concernant un téléphone ; le fournisseur de services en définit les paramètres. C’est le pendant, côté notifications, de `phoneDevSpecific`.",
        de = "Überbringt ein gerätespezifisches Ereignis zu einem Telefongerät; die Parameter legt der Dienstanbieter fest. Die Nachricht ist das Gegenstück von `phoneDevSpecific` auf der Seite der Benachrichtigungen."
    ))]
    DevSpecific = 16,
    /// Reports the completion of an asynchronous phone function: `dwParam1` is the request
    /// identifier the function returned and `dwParam2` its result, zero on success or a
    /// `PHONEERR_` code.
    #[tapi(doc(
        fr = "Signale l’achèvement d’une fonction téléphonique asynchrone : `dwParam1` est l’identifiant de requête renvoyé par la fonction et `dwParam2` son résultat, zéro en cas de succès ou un code `PHONEERR_`.",
        de = "Meldet den Abschluss einer asynchronen Telefonfunktion: `dwParam1` ist die Anforderungskennung, die die Funktion zurückgegeben hat, und `dwParam2` ihr Ergebnis, 0 bei Erfolg oder ein `PHONEERR_`-Code."
    ))]
    Reply = 17,
    /// Reports a change in the status of a phone device (hook switch, volume, display, lamps, and
    /// so on); `dwParam1` holds `PHONESTATE_` flags and `dwParam2` further detail for some of
    /// them. Only changes enabled with `phoneSetStatusMessages` are reported.
    #[tapi(doc(
        fr = "Signale un changement d’état d’un périphérique téléphonique (commutateur crochet, volume, afficheur, voyants, etc.) ; `dwParam1` contient des indicateurs `PHONESTATE_` et `dwParam2` une précision pour certains d’entre eux. Seuls les changements activés par `phoneSetStatusMessages` sont signalés.",
        de = "Meldet eine Statusänderung eines Telefongeräts (Gabelumschalter, Lautstärke, Display, Leuchtanzeigen usw.); `dwParam1` enthält `PHONESTATE_`-Bits und `dwParam2` für einige davon weitere Angaben. Gemeldet werden nur Änderungen, die mit `phoneSetStatusMessages` aktiviert wurden."
    ))]
    State = 18,
    /// Reports that a new phone device has appeared in the system; `dwParam1` is its device
    /// identifier.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Signale qu’un nouveau périphérique téléphonique est apparu dans le système ; `dwParam1` est son identifiant de périphérique.",
        de = "Meldet, dass im System ein neues Telefongerät hinzugekommen ist; `dwParam1` ist seine Gerätekennung."
    ))]
    Create = 20,
    /// Reports that a phone device has been removed from the system; its identifier, given in
    /// `dwParam1`, must no longer be used.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Signale qu’un périphérique téléphonique a été retiré du système ; son identifiant, fourni dans `dwParam1`, ne doit plus être utilisé.",
        de = "Meldet, dass ein Telefongerät aus dem System entfernt wurde; seine Gerätekennung, in `dwParam1` angegeben, darf nicht mehr verwendet werden."
    ))]
    Remove = 26,
}

/// Numbers of the messages a telephony service provider sends to TAPI through its `LINEEVENT`
/// callback, defined in `TSPI.h` from `TSPI_MESSAGE_BASE` (500) up.
///
/// Applications never receive them: they travel from the provider to TAPI, beside the line and
/// call messages (`LINE_CALLSTATE`, …) that TAPI passes on. They share the `LINE_` prefix with
/// [`Line`], and 500 to 506 are also the ordinals of the first `TSPI_` functions
/// (`TSPI_LINEACCEPT` is 500), so a number alone does not say which one is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(prefix = "LINE_", since = "2.0", header = "TSPI.h", c_consts)]
#[tapi(doc(
    fr = "Numéros des messages qu’un fournisseur de services téléphoniques envoie à TAPI par sa fonction de rappel `LINEEVENT`, définis dans `TSPI.h` à partir de `TSPI_MESSAGE_BASE` (500). Les applications ne les reçoivent jamais : ils vont du fournisseur à TAPI, à côté des messages de ligne et d’appel (`LINE_CALLSTATE`, …) que TAPI transmet. Ils partagent le préfixe `LINE_` avec `Line`, et 500 à 506 sont aussi les numéros d’ordre des premières fonctions `TSPI_` (`TSPI_LINEACCEPT` vaut 500) : un nombre seul ne dit donc pas lequel est visé.",
    de = "Nummern der Nachrichten, die ein Telefonie-Dienstanbieter über seine Callback-Funktion `LINEEVENT` an TAPI sendet, in `TSPI.h` ab `TSPI_MESSAGE_BASE` (500) definiert. Anwendungen erhalten sie nie: Sie gehen vom Anbieter an TAPI, neben den Leitungs- und Anrufnachrichten (`LINE_CALLSTATE`, …), die TAPI weiterreicht. Sie teilen das Präfix `LINE_` mit `Line`, und 500 bis 506 sind auch die Ordnungszahlen der ersten `TSPI_`-Funktionen (`TSPI_LINEACCEPT` ist 500); eine Zahl allein sagt also nicht, welche gemeint ist."
))]
pub enum ProviderMessage {
    /// The provider created a call on its own, typically an incoming one: `dwParam1` is the
    /// provider's handle for it, and `dwParam2` points to where TAPI writes its own handle.
    #[tapi(doc(
        fr = "Le fournisseur a créé un appel de lui-même, en général un appel entrant : `dwParam1` est le handle que le fournisseur lui donne, et `dwParam2` pointe vers l’emplacement où TAPI écrit son propre handle.",
        de = "Der Anbieter hat selbst einen Anruf angelegt, meist einen eingehenden: `dwParam1` ist das Handle des Anbieters für ihn, und `dwParam2` zeigt auf die Stelle, an die TAPI sein eigenes Handle schreibt."
    ))]
    NewCall = 500,
    /// A device-specific event about a call, which TAPI passes to applications as
    /// `LINE_DEVSPECIFIC` on the call; the parameters are the provider's.
    #[tapi(doc(
        fr = "Un événement propre au périphérique concernant un appel, que TAPI transmet aux applications sous la forme de `LINE_DEVSPECIFIC` sur l’appel ; les paramètres sont ceux du fournisseur.",
        de = "Ein gerätespezifisches Ereignis zu einem Anruf, das TAPI den Anwendungen als `LINE_DEVSPECIFIC` auf dem Anruf weitergibt; die Parameter legt der Anbieter fest."
    ))]
    CallDevSpecific = 501,
    /// A device-specific feature event about a call, passed to applications as
    /// `LINE_DEVSPECIFICFEATURE` on the call; the parameters are the provider's.
    #[tapi(doc(
        fr = "Un événement de fonction propre au périphérique concernant un appel, transmis aux applications sous la forme de `LINE_DEVSPECIFICFEATURE` sur l’appel ; les paramètres sont ceux du fournisseur.",
        de = "Ein Ereignis zu einem gerätespezifischen Leistungsmerkmal eines Anrufs, das den Anwendungen als `LINE_DEVSPECIFICFEATURE` auf dem Anruf weitergegeben wird; die Parameter legt der Anbieter fest."
    ))]
    CallDevSpecificFeature = 502,
    /// The provider asks TAPI to open a dialog of its user-interface DLL on the user's machine:
    /// `dwParam1` points to a `TUISPICREATEDIALOGINSTANCEPARAMS`.
    #[tapi(doc(
        fr = "Le fournisseur demande à TAPI d’ouvrir une boîte de dialogue de sa DLL d’interface utilisateur sur la machine de l’utilisateur : `dwParam1` pointe vers une structure `TUISPICREATEDIALOGINSTANCEPARAMS`.",
        de = "Der Anbieter bittet TAPI, auf dem Rechner des Benutzers einen Dialog seiner UI-DLL zu öffnen: `dwParam1` zeigt auf eine Struktur `TUISPICREATEDIALOGINSTANCEPARAMS`."
    ))]
    CreateDialogInstance = 503,
    /// The provider sends data to one of its open dialogs: `dwParam1` is the dialog's TAPI handle,
    /// `dwParam2` points to the data and `dwParam3` is its size in bytes.
    #[tapi(doc(
        fr = "Le fournisseur envoie des données à l’une de ses boîtes de dialogue ouvertes : `dwParam1` est le handle TAPI de la boîte de dialogue, `dwParam2` pointe vers les données et `dwParam3` en donne la taille en octets.",
        de = "Der Anbieter sendet Daten an einen seiner geöffneten Dialoge: `dwParam1` ist das TAPI-Handle des Dialogs, `dwParam2` zeigt auf die Daten und `dwParam3` gibt ihre Größe in Bytes an."
    ))]
    SendDialogInstanceData = 504,
    /// The provider passes a buffer to a media service provider (MSP): `dwParam1` names the MSP
    /// (0: every one), `dwParam2` points to the buffer and `dwParam3` is its size in bytes. The
    /// provider must have negotiated TAPI 3.0 or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Le fournisseur transmet une mémoire tampon à un fournisseur de services de média (MSP) : `dwParam1` désigne le MSP (0 : tous), `dwParam2` pointe vers la mémoire tampon et `dwParam3` en donne la taille en octets. Le fournisseur doit avoir négocié TAPI 3.0 ou une version ultérieure.",
        de = "Der Anbieter übergibt einem Mediendienstanbieter (MSP) einen Puffer: `dwParam1` bezeichnet den MSP (0: alle), `dwParam2` zeigt auf den Puffer und `dwParam3` gibt seine Größe in Bytes an. Der Anbieter muss TAPI 3.0 oder höher ausgehandelt haben."
    ))]
    SendMspData = 505,
    /// The quality of service of a call changed: `dwParam1` says how (a `QOS_EVENT` value) and
    /// `dwParam2` for which media type. The provider must have negotiated TAPI 3.0 or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "La qualité de service d’un appel a changé : `dwParam1` dit comment (une valeur de `QOS_EVENT`) et `dwParam2` pour quel type de média. Le fournisseur doit avoir négocié TAPI 3.0 ou une version ultérieure.",
        de = "Die Dienstgüte eines Anrufs hat sich geändert: `dwParam1` sagt, wie (ein Wert von `QOS_EVENT`), und `dwParam2`, für welchen Medientyp. Der Anbieter muss TAPI 3.0 oder höher ausgehandelt haben."
    ))]
    QosInfo = 506,
}
