//! Telephony service provider interface (`TSPI.h`) constants other than the provider messages:
//! `TSPI_` function ordinals, QoS requests and results, provider options, UI DLL object types and
//! private object types.

use tapi_consts::ConstFamily;

/// Ordinal numbers under which a telephony service provider exports its `TSPI_` functions, counted
/// from `TSPI_PROC_BASE` (500).
///
/// `TSPI.h` defines them only when building for a TAPI version below 2.0, that is for 16-bit TAPI
/// 1.3 and 1.4 providers. The numbers 500 to 506 are also the provider messages of
/// `ProviderMessage` (`LINE_NEWCALL` is 500), so a number alone does not say which one is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "TSPI_", header = "TSPI.h", c_consts)]
#[tapi(doc(
    fr = "Numéros d’ordre sous lesquels un fournisseur de services téléphoniques exporte ses fonctions `TSPI_`, comptés à partir de `TSPI_PROC_BASE` (500). `TSPI.h` ne les définit que pour une compilation visant une version de TAPI antérieure à 2.0, c’est-à-dire pour les fournisseurs 16 bits de TAPI 1.3 et 1.4. Les nombres 500 à 506 sont aussi les numéros des messages du fournisseur (`ProviderMessage`, où `LINE_NEWCALL` vaut 500) : un nombre seul ne dit donc pas lequel est visé.",
    de = "Ordnungszahlen, unter denen ein Telefonie-Dienstanbieter seine `TSPI_`-Funktionen exportiert, gezählt ab `TSPI_PROC_BASE` (500). `TSPI.h` definiert sie nur bei einer Kompilierung für eine TAPI-Version unter 2.0, also für 16-Bit-Anbieter von TAPI 1.3 und 1.4. Die Zahlen 500 bis 506 sind zugleich die Nummern der Anbieternachrichten (`ProviderMessage`, wo `LINE_NEWCALL` den Wert 500 hat); eine Zahl allein sagt also nicht, welche gemeint ist."
))]
pub enum TspiProc {
    /// Ordinal of `TSPI_lineAccept`, which accepts an offered call and may send user-user
    /// information to the caller at the same time. `TSPI_PROC_BASE` (the base of the ordinals) and
    /// `TSPI_MESSAGE_BASE` (the base of the provider messages, where 500 is `LINE_NEWCALL`) have
    /// the same value.
    #[tapi(alias = "PROC_BASE", alias = "MESSAGE_BASE")]
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineAccept`, qui accepte un appel présenté et peut envoyer en même temps des informations d’usager à usager à l’appelant. `TSPI_PROC_BASE` (base des numéros d’ordre) et `TSPI_MESSAGE_BASE` (base des messages du fournisseur, où 500 est `LINE_NEWCALL`) ont la même valeur.",
        de = "Ordnungszahl der Funktion `TSPI_lineAccept`, die einen angebotenen Anruf akzeptiert und dabei dem Anrufer Benutzer-zu-Benutzer-Informationen senden kann. `TSPI_PROC_BASE` (die Basis der Ordnungszahlen) und `TSPI_MESSAGE_BASE` (die Basis der Anbieternachrichten, bei denen 500 für `LINE_NEWCALL` steht) haben denselben Wert."
    ))]
    LineAccept = 500,
    /// Ordinal of `TSPI_lineAddToConference`, which adds a consultation call to an existing
    /// conference call.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineAddToConference`, qui ajoute un appel de consultation à une conférence existante.",
        de = "Ordnungszahl der Funktion `TSPI_lineAddToConference`, die einen Rückfrageanruf zu einem bestehenden Konferenzanruf hinzufügt."
    ))]
    LineAddToConference = 501,
    /// Ordinal of `TSPI_lineAnswer`, which answers an offered call.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineAnswer`, qui répond à un appel présenté.",
        de = "Ordnungszahl der Funktion `TSPI_lineAnswer`, die einen angebotenen Anruf annimmt."
    ))]
    LineAnswer = 502,
    /// Ordinal of `TSPI_lineBlindTransfer`, which transfers a call to a destination address in a
    /// single step, without a consultation call.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineBlindTransfer`, qui transfère un appel vers une adresse de destination en une étape, sans appel de consultation.",
        de = "Ordnungszahl der Funktion `TSPI_lineBlindTransfer`, die einen Anruf in einem Schritt, ohne Rückfrageanruf, an eine Zieladresse übergibt."
    ))]
    LineBlindTransfer = 503,
    /// Ordinal of `TSPI_lineClose`, which closes an open line device after finishing or aborting
    /// the calls and asynchronous operations still outstanding on it.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineClose`, qui ferme un périphérique de ligne ouvert après avoir achevé ou interrompu les appels et les opérations asynchrones encore en cours sur celui-ci.",
        de = "Ordnungszahl der Funktion `TSPI_lineClose`, die ein geöffnetes Leitungsgerät schließt, nachdem die darauf noch ausstehenden Anrufe und asynchronen Vorgänge abgeschlossen oder abgebrochen wurden."
    ))]
    LineClose = 504,
    /// Ordinal of `TSPI_lineCloseCall`, which deallocates a call after finishing or aborting the
    /// asynchronous operations still outstanding on it.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineCloseCall`, qui libère un appel après avoir achevé ou interrompu les opérations asynchrones encore en cours sur celui-ci.",
        de = "Ordnungszahl der Funktion `TSPI_lineCloseCall`, die einen Anruf freigibt, nachdem die darauf noch ausstehenden asynchronen Vorgänge abgeschlossen oder abgebrochen wurden."
    ))]
    LineCloseCall = 505,
    /// Ordinal of `TSPI_lineCompleteCall`, which asks for a call that could not be connected
    /// normally to be completed another way: camp-on, callback, intrusion or a message.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineCompleteCall`, qui demande l’achèvement par un autre moyen d’un appel qui n’a pas pu aboutir normalement : attente sur occupation, rappel automatique, intrusion ou message.",
        de = "Ordnungszahl der Funktion `TSPI_lineCompleteCall`, die anfordert, dass ein Anruf, der nicht normal verbunden werden konnte, auf anderem Weg vervollständigt wird: durch Warten bei Besetzt, Rückruf, Aufschalten oder eine Nachricht."
    ))]
    LineCompleteCall = 506,
    /// Ordinal of `TSPI_lineCompleteTransfer`, which completes the transfer of a call to the party
    /// reached on the consultation call, or joins the two calls into a three-way conference.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineCompleteTransfer`, qui achève le transfert d’un appel vers le correspondant joint par l’appel de consultation, ou réunit les deux appels en une conférence à trois.",
        de = "Ordnungszahl der Funktion `TSPI_lineCompleteTransfer`, die die Übergabe eines Anrufs an den über den Rückfrageanruf erreichten Teilnehmer abschließt oder die beiden Anrufe zu einer Dreierkonferenz zusammenführt."
    ))]
    LineCompleteTransfer = 507,
    /// Ordinal of `TSPI_lineConditionalMediaDetection`, which TAPI calls when an application opens
    /// `LINEMAPPER`, to learn whether the line can serve the requested media modes and call
    /// parameters.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineConditionalMediaDetection`, que TAPI appelle lorsqu’une application ouvre `LINEMAPPER`, pour savoir si la ligne peut prendre en charge les modes de média et les paramètres d’appel demandés.",
        de = "Ordnungszahl der Funktion `TSPI_lineConditionalMediaDetection`, die TAPI beim Öffnen von `LINEMAPPER` durch eine Anwendung aufruft, um zu erfahren, ob die Leitung die angeforderten Medienmodi und Anrufparameter bedienen kann."
    ))]
    LineConditionalMediaDetection = 508,
    /// Ordinal of `TSPI_lineConfigDialog`, which showed the provider's configuration dialog box for
    /// a line device. Obsolete: providers written for TAPI 2.0 or later implement
    /// `TUISPI_lineConfigDialog` in their UI DLL instead.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineConfigDialog`, qui affichait la boîte de dialogue de configuration du fournisseur pour un périphérique de ligne. Obsolète : les fournisseurs écrits pour TAPI 2.0 ou une version ultérieure implémentent à la place `TUISPI_lineConfigDialog` dans leur DLL d’interface utilisateur.",
        de = "Ordnungszahl der Funktion `TSPI_lineConfigDialog`, die das Konfigurationsdialogfeld des Anbieters für ein Leitungsgerät anzeigte. Veraltet: Anbieter, die für TAPI 2.0 oder höher geschrieben sind, implementieren stattdessen `TUISPI_lineConfigDialog` in ihrer UI-DLL."
    ))]
    LineConfigDialog = 509,
    /// Ordinal of `TSPI_lineDevSpecific`, the general extension mechanism that gives access to
    /// device-specific features of a line, an address or a call.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineDevSpecific`, le mécanisme d’extension général qui donne accès aux fonctions propres au périphérique d’une ligne, d’une adresse ou d’un appel.",
        de = "Ordnungszahl der Funktion `TSPI_lineDevSpecific`, des allgemeinen Erweiterungsmechanismus, der Zugriff auf gerätespezifische Leistungsmerkmale einer Leitung, einer Adresse oder eines Anrufs gewährt."
    ))]
    LineDevSpecific = 510,
    /// Ordinal of `TSPI_lineDevSpecificFeature`, the extension mechanism that invokes on a line a
    /// switch feature, named by a `PHONEBUTTONFUNCTION_` value, that no other function covers.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineDevSpecificFeature`, le mécanisme d’extension qui invoque sur une ligne une fonction du commutateur, désignée par une valeur `PHONEBUTTONFUNCTION_`, qu’aucune autre fonction ne couvre.",
        de = "Ordnungszahl der Funktion `TSPI_lineDevSpecificFeature`, des Erweiterungsmechanismus, der auf einer Leitung ein Leistungsmerkmal der Vermittlung aufruft, das durch einen Wert `PHONEBUTTONFUNCTION_` bezeichnet wird und von keiner anderen Funktion abgedeckt ist."
    ))]
    LineDevSpecificFeature = 511,
    /// Ordinal of `TSPI_lineDial`, which dials a dialable address on an existing call.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineDial`, qui compose une adresse composable sur un appel existant.",
        de = "Ordnungszahl der Funktion `TSPI_lineDial`, die auf einem bestehenden Anruf eine wählbare Adresse wählt."
    ))]
    LineDial = 512,
    /// Ordinal of `TSPI_lineDrop`, which drops (disconnects) a call, optionally sending user-user
    /// information.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineDrop`, qui met fin à un appel en envoyant éventuellement des informations d’usager à usager.",
        de = "Ordnungszahl der Funktion `TSPI_lineDrop`, die einen Anruf beendet (trennt) und dabei optional Benutzer-zu-Benutzer-Informationen sendet."
    ))]
    LineDrop = 513,
    /// Ordinal of `TSPI_lineForward`, which sets up or cancels forwarding of the calls arriving at
    /// one address, or at every address, of a line.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineForward`, qui met en place ou annule le renvoi des appels arrivant sur une adresse ou sur toutes les adresses d’une ligne.",
        de = "Ordnungszahl der Funktion `TSPI_lineForward`, die eine Rufumleitung für die Anrufe einrichtet oder aufhebt, die an einer Adresse oder an allen Adressen einer Leitung eintreffen."
    ))]
    LineForward = 514,
    /// Ordinal of `TSPI_lineGatherDigits`, which starts collecting the digits received on a call
    /// into a buffer that TAPI supplies.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineGatherDigits`, qui lance sur un appel la collecte de chiffres dans une mémoire tampon fournie par TAPI.",
        de = "Ordnungszahl der Funktion `TSPI_lineGatherDigits`, die beginnt, die auf einem Anruf empfangenen Ziffern in einem von TAPI bereitgestellten Puffer zu erfassen."
    ))]
    LineGatherDigits = 515,
    /// Ordinal of `TSPI_lineGenerateDigits`, which generates digits in-band on a call in a given
    /// digit mode (pulse or DTMF).
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineGenerateDigits`, qui génère des chiffres dans la bande sur un appel, selon un mode de signalisation des chiffres donné (impulsions ou DTMF).",
        de = "Ordnungszahl der Funktion `TSPI_lineGenerateDigits`, die auf einem Anruf In-Band-Ziffern in einem bestimmten Wahlverfahren (Impulswahl oder DTMF) erzeugt."
    ))]
    LineGenerateDigits = 516,
    /// Ordinal of `TSPI_lineGenerateTone`, which generates a tone in-band on a call.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineGenerateTone`, qui génère une tonalité dans la bande sur un appel.",
        de = "Ordnungszahl der Funktion `TSPI_lineGenerateTone`, die auf einem Anruf einen In-Band-Ton erzeugt."
    ))]
    LineGenerateTone = 517,
    /// Ordinal of `TSPI_lineGetAddressCaps`, which reports in `LINEADDRESSCAPS` the telephony
    /// capabilities of one address of a line device.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineGetAddressCaps`, qui indique dans `LINEADDRESSCAPS` les capacités de téléphonie d’une adresse d’un périphérique de ligne.",
        de = "Ordnungszahl der Funktion `TSPI_lineGetAddressCaps`, die in `LINEADDRESSCAPS` die Telefoniefähigkeiten einer Adresse eines Leitungsgeräts meldet."
    ))]
    LineGetAddressCaps = 518,
    /// Ordinal of `TSPI_lineGetAddressID`, which finds the address identifier of an address of a
    /// line given in another form, such as its dialable address.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineGetAddressID`, qui retrouve l’identifiant d’une adresse de la ligne à partir d’une autre forme de cette adresse, par exemple son adresse composable.",
        de = "Ordnungszahl der Funktion `TSPI_lineGetAddressID`, die für eine in anderer Form angegebene Adresse einer Leitung, etwa ihre wählbare Adresse, die Kennung der Adresse ermittelt."
    ))]
    LineGetAddressId = 519,
    /// Ordinal of `TSPI_lineGetAddressStatus`, which reports in `LINEADDRESSSTATUS` the current
    /// status of an address.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineGetAddressStatus`, qui indique dans `LINEADDRESSSTATUS` l’état actuel d’une adresse.",
        de = "Ordnungszahl der Funktion `TSPI_lineGetAddressStatus`, die in `LINEADDRESSSTATUS` den aktuellen Status einer Adresse meldet."
    ))]
    LineGetAddressStatus = 520,
    /// Ordinal of `TSPI_lineGetCallAddressID`, which returns the identifier of the address on which
    /// a call exists.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineGetCallAddressID`, qui renvoie l’identifiant de l’adresse sur laquelle se trouve un appel.",
        de = "Ordnungszahl der Funktion `TSPI_lineGetCallAddressID`, die die Kennung der Adresse zurückgibt, auf der ein Anruf besteht."
    ))]
    LineGetCallAddressId = 521,
    /// Ordinal of `TSPI_lineGetCallInfo`, which returns in `LINECALLINFO` detailed information
    /// about a call.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineGetCallInfo`, qui renvoie dans `LINECALLINFO` les informations d’appel détaillées d’un appel.",
        de = "Ordnungszahl der Funktion `TSPI_lineGetCallInfo`, die in `LINECALLINFO` ausführliche Anrufinformationen zu einem Anruf zurückgibt."
    ))]
    LineGetCallInfo = 522,
    /// Ordinal of `TSPI_lineGetCallStatus`, which returns in `LINECALLSTATUS` the current status of
    /// a call.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineGetCallStatus`, qui renvoie dans `LINECALLSTATUS` l’état actuel d’un appel.",
        de = "Ordnungszahl der Funktion `TSPI_lineGetCallStatus`, die in `LINECALLSTATUS` den aktuellen Status eines Anrufs zurückgibt."
    ))]
    LineGetCallStatus = 523,
    /// Ordinal of `TSPI_lineGetDevCaps`, which reports in `LINEDEVCAPS` the telephony capabilities
    /// of a line device, valid for all of its addresses.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineGetDevCaps`, qui indique dans `LINEDEVCAPS` les capacités de téléphonie d’un périphérique de ligne, valables pour toutes ses adresses.",
        de = "Ordnungszahl der Funktion `TSPI_lineGetDevCaps`, die in `LINEDEVCAPS` die Telefoniefähigkeiten eines Leitungsgeräts meldet, die für alle seine Adressen gelten."
    ))]
    LineGetDevCaps = 524,
    /// Ordinal of `TSPI_lineGetDevConfig`, which returns the current configuration of a device tied
    /// to the line, such as its modem, as an opaque structure specific to the device class.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineGetDevConfig`, qui renvoie, sous forme d’une structure opaque propre à la classe de périphérique, la configuration actuelle d’un périphérique associé à la ligne, par exemple son modem.",
        de = "Ordnungszahl der Funktion `TSPI_lineGetDevConfig`, die die aktuelle Konfiguration eines der Leitung zugeordneten Geräts, etwa ihres Modems, als opake, von der Geräteklasse abhängige Struktur zurückgibt."
    ))]
    LineGetDevConfig = 525,
    /// Ordinal of `TSPI_lineGetExtensionID`, which returns the identifier of the provider-specific
    /// extensions that a line device supports.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineGetExtensionID`, qui renvoie l’identifiant des extensions propres au fournisseur de services que prend en charge un périphérique de ligne.",
        de = "Ordnungszahl der Funktion `TSPI_lineGetExtensionID`, die die Kennung der anbieterspezifischen Erweiterungen zurückgibt, die ein Leitungsgerät unterstützt."
    ))]
    LineGetExtensionId = 526,
    /// Ordinal of `TSPI_lineGetIcon`, which returns an icon specific to the line device, or to the
    /// provider, for display to the user.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineGetIcon`, qui renvoie une icône propre au périphérique de ligne, ou au fournisseur, à présenter à l’utilisateur.",
        de = "Ordnungszahl der Funktion `TSPI_lineGetIcon`, die ein für das Leitungsgerät oder den Anbieter spezifisches Symbol zur Anzeige für den Benutzer zurückgibt."
    ))]
    LineGetIcon = 527,
    /// Ordinal of `TSPI_lineGetID`, which returns the device identifier, in a given device class,
    /// associated with a line, an address or a call.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineGetID`, qui renvoie l’identifiant de périphérique, dans une classe de périphérique donnée, associé à une ligne, une adresse ou un appel.",
        de = "Ordnungszahl der Funktion `TSPI_lineGetID`, die die Gerätekennung in einer bestimmten Geräteklasse zurückgibt, die einer Leitung, einer Adresse oder einem Anruf zugeordnet ist."
    ))]
    LineGetId = 528,
    /// Ordinal of `TSPI_lineGetLineDevStatus`, which reports in `LINEDEVSTATUS` the current status
    /// of an open line device, common to all of its addresses.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineGetLineDevStatus`, qui indique dans `LINEDEVSTATUS` l’état actuel d’un périphérique de ligne ouvert, commun à toutes ses adresses.",
        de = "Ordnungszahl der Funktion `TSPI_lineGetLineDevStatus`, die in `LINEDEVSTATUS` den aktuellen Status eines geöffneten Leitungsgeräts meldet, der für alle seine Adressen gemeinsam gilt."
    ))]
    LineGetLineDevStatus = 529,
    /// Ordinal of `TSPI_lineGetNumAddressIDs`, which returns how many address identifiers a line
    /// supports.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineGetNumAddressIDs`, qui renvoie le nombre d’identifiants d’adresse que prend en charge une ligne.",
        de = "Ordnungszahl der Funktion `TSPI_lineGetNumAddressIDs`, die zurückgibt, wie viele Kennungen von Adressen eine Leitung unterstützt."
    ))]
    LineGetNumAddressIds = 530,
    /// Ordinal of `TSPI_lineHold`, which places a call on hold.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineHold`, qui met un appel en attente.",
        de = "Ordnungszahl der Funktion `TSPI_lineHold`, die einen Anruf in den Haltezustand versetzt."
    ))]
    LineHold = 531,
    /// Ordinal of `TSPI_lineMakeCall`, which places a call on a line to a destination address, with
    /// the default call parameters or those supplied.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineMakeCall`, qui établit un appel sur une ligne vers une adresse de destination, avec les paramètres d’appel par défaut ou ceux fournis.",
        de = "Ordnungszahl der Funktion `TSPI_lineMakeCall`, die auf einer Leitung einen Anruf an eine Zieladresse aufbaut, mit den Standardanrufparametern oder den angegebenen."
    ))]
    LineMakeCall = 532,
    /// Ordinal of `TSPI_lineMonitorDigits`, which turns on or off the unbuffered detection of the
    /// digits received on a call.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineMonitorDigits`, qui active ou désactive la détection, sans mémoire tampon, des chiffres reçus sur un appel.",
        de = "Ordnungszahl der Funktion `TSPI_lineMonitorDigits`, die die ungepufferte Erkennung der auf einem Anruf empfangenen Ziffern ein- oder ausschaltet."
    ))]
    LineMonitorDigits = 533,
    /// Ordinal of `TSPI_lineMonitorMedia`, which turns on or off the detection of media modes on a
    /// call; each detection is reported with `LINE_MONITORMEDIA`.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineMonitorMedia`, qui active ou désactive la détection des modes de média sur un appel ; chaque détection est signalée par `LINE_MONITORMEDIA`.",
        de = "Ordnungszahl der Funktion `TSPI_lineMonitorMedia`, die die Erkennung von Medienmodi auf einem Anruf ein- oder ausschaltet; jede Erkennung wird mit `LINE_MONITORMEDIA` gemeldet."
    ))]
    LineMonitorMedia = 534,
    /// Ordinal of `TSPI_lineMonitorTones`, which turns on or off the detection of given in-band
    /// tones on a call.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineMonitorTones`, qui active ou désactive la détection de tonalités données dans la bande sur un appel.",
        de = "Ordnungszahl der Funktion `TSPI_lineMonitorTones`, die die Erkennung bestimmter In-Band-Töne auf einem Anruf ein- oder ausschaltet."
    ))]
    LineMonitorTones = 535,
    /// Ordinal of `TSPI_lineNegotiateExtVersion`, which returns the highest extension version,
    /// within a proposed range, under which the provider can operate a line device.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineNegotiateExtVersion`, qui renvoie la version d’extension la plus élevée, dans une plage proposée, sous laquelle le fournisseur peut faire fonctionner un périphérique de ligne.",
        de = "Ordnungszahl der Funktion `TSPI_lineNegotiateExtVersion`, die innerhalb eines vorgeschlagenen Bereichs die höchste Erweiterungsversion zurückgibt, unter der der Anbieter ein Leitungsgerät betreiben kann."
    ))]
    LineNegotiateExtVersion = 536,
    /// Ordinal of `TSPI_lineNegotiateTSPIVersion`, which returns the highest TSPI version, within a
    /// proposed range, under which the provider can operate a line device (or, with
    /// `INITIALIZE_NEGOTIATION`, the provider as a whole).
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineNegotiateTSPIVersion`, qui renvoie la version de TSPI la plus élevée, dans une plage proposée, sous laquelle le fournisseur peut faire fonctionner un périphérique de ligne (ou, avec `INITIALIZE_NEGOTIATION`, le fournisseur dans son ensemble).",
        de = "Ordnungszahl der Funktion `TSPI_lineNegotiateTSPIVersion`, die innerhalb eines vorgeschlagenen Bereichs die höchste TSPI-Version zurückgibt, unter der der Anbieter ein Leitungsgerät (oder, mit `INITIALIZE_NEGOTIATION`, sich selbst als Ganzes) betreiben kann."
    ))]
    LineNegotiateTspiVersion = 537,
    /// Ordinal of `TSPI_lineOpen`, which opens the line device with a given device identifier and
    /// returns the provider's handle for it.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineOpen`, qui ouvre le périphérique de ligne portant un identifiant de périphérique donné et renvoie le handle que le fournisseur lui attribue.",
        de = "Ordnungszahl der Funktion `TSPI_lineOpen`, die das Leitungsgerät mit einer bestimmten Gerätekennung öffnet und das Handle des Anbieters dafür zurückgibt."
    ))]
    LineOpen = 538,
    /// Ordinal of `TSPI_linePark`, which parks a call in the given park mode, directed or
    /// non-directed.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_linePark`, qui parque un appel selon le mode de parcage indiqué, dirigé ou non dirigé.",
        de = "Ordnungszahl der Funktion `TSPI_linePark`, die einen Anruf im angegebenen Parkmodus, gezielt oder ungezielt, parkt."
    ))]
    LinePark = 539,
    /// Ordinal of `TSPI_linePickup`, which picks up a call alerting at a destination address or in
    /// a pickup group, and returns a handle for it.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_linePickup`, qui intercepte un appel qui sonne sur une adresse de destination ou dans un groupe d’interception, et renvoie un handle pour cet appel.",
        de = "Ordnungszahl der Funktion `TSPI_linePickup`, die einen Anruf heranholt, der an einer Zieladresse oder in einer Heranholgruppe klingelt, und ein Handle dafür zurückgibt."
    ))]
    LinePickup = 540,
    /// Ordinal of `TSPI_linePrepareAddToConference`, which prepares a conference for one more party
    /// by creating a temporary consultation call.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_linePrepareAddToConference`, qui prépare une conférence à l’ajout d’un participant en créant un appel de consultation temporaire.",
        de = "Ordnungszahl der Funktion `TSPI_linePrepareAddToConference`, die eine Konferenz auf einen weiteren Teilnehmer vorbereitet, indem sie einen vorübergehenden Rückfrageanruf anlegt."
    ))]
    LinePrepareAddToConference = 541,
    /// Ordinal of `TSPI_lineRedirect`, which redirects an offered call to another destination
    /// address.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineRedirect`, qui redirige un appel présenté vers une autre adresse de destination.",
        de = "Ordnungszahl der Funktion `TSPI_lineRedirect`, die einen angebotenen Anruf zu einer anderen Zieladresse umleitet."
    ))]
    LineRedirect = 542,
    /// Ordinal of `TSPI_lineRemoveFromConference`, which removes a call from its conference,
    /// leaving the other calls in the conference as they are.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineRemoveFromConference`, qui retire un appel de sa conférence sans toucher aux autres appels de la conférence.",
        de = "Ordnungszahl der Funktion `TSPI_lineRemoveFromConference`, die einen Anruf aus seiner Konferenz entfernt und die übrigen Anrufe der Konferenz unverändert lässt."
    ))]
    LineRemoveFromConference = 543,
    /// Ordinal of `TSPI_lineSecureCall`, which protects a call against interruptions or
    /// interference that could disturb its media stream, such as call-waiting beeps.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineSecureCall`, qui protège un appel contre les interruptions ou interférences susceptibles de perturber son flux de média, comme le bip du signal d’appel.",
        de = "Ordnungszahl der Funktion `TSPI_lineSecureCall`, die einen Anruf gegen Unterbrechungen oder Störungen schützt, die seinen Medienstrom beeinträchtigen könnten, etwa Anklopftöne."
    ))]
    LineSecureCall = 544,
    /// Ordinal of `TSPI_lineSelectExtVersion`, which selects the extension version under which
    /// later requests on a line device operate.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineSelectExtVersion`, qui sélectionne la version d’extension selon laquelle fonctionnent les requêtes suivantes sur un périphérique de ligne.",
        de = "Ordnungszahl der Funktion `TSPI_lineSelectExtVersion`, die die Erweiterungsversion auswählt, unter der spätere Anforderungen an ein Leitungsgerät ausgeführt werden."
    ))]
    LineSelectExtVersion = 545,
    /// Ordinal of `TSPI_lineSendUserUserInfo`, which sends user-user information to the remote
    /// party of a call.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineSendUserUserInfo`, qui envoie des informations d’usager à usager au correspondant distant d’un appel.",
        de = "Ordnungszahl der Funktion `TSPI_lineSendUserUserInfo`, die Benutzer-zu-Benutzer-Informationen an den entfernten Teilnehmer eines Anrufs sendet."
    ))]
    LineSendUserUserInfo = 546,
    /// Ordinal of `TSPI_lineSetAppSpecific`, which sets the application-specific field
    /// (`dwAppSpecific`) of a call's `LINECALLINFO`.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineSetAppSpecific`, qui définit le champ propre à l’application (`dwAppSpecific`) de la structure `LINECALLINFO` d’un appel.",
        de = "Ordnungszahl der Funktion `TSPI_lineSetAppSpecific`, die das anwendungsspezifische Feld (`dwAppSpecific`) in der Struktur `LINECALLINFO` eines Anrufs setzt."
    ))]
    LineSetAppSpecific = 547,
    /// Ordinal of `TSPI_lineSetCallParams`, which changes some parameters of an existing call, such
    /// as its bearer mode or data rate.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineSetCallParams`, qui modifie certains paramètres d’un appel existant, par exemple son mode porteur ou son débit.",
        de = "Ordnungszahl der Funktion `TSPI_lineSetCallParams`, die einige Parameter eines bestehenden Anrufs ändert, etwa seinen Trägermodus oder seine Datenrate."
    ))]
    LineSetCallParams = 548,
    /// Ordinal of `TSPI_lineSetDefaultMediaDetection`, which gives the provider the new set of
    /// media modes to detect on a line, replacing the previous set.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineSetDefaultMediaDetection`, qui communique au fournisseur le nouvel ensemble de modes de média à détecter sur une ligne, en remplacement du précédent.",
        de = "Ordnungszahl der Funktion `TSPI_lineSetDefaultMediaDetection`, die dem Anbieter die neue Menge der auf einer Leitung zu erkennenden Medienmodi mitteilt, die die bisherige ersetzt."
    ))]
    LineSetDefaultMediaDetection = 549,
    /// Ordinal of `TSPI_lineSetDevConfig`, which restores the configuration of a device tied to the
    /// line from a structure obtained earlier with `TSPI_lineGetDevConfig`.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineSetDevConfig`, qui rétablit la configuration d’un périphérique associé à la ligne à partir d’une structure obtenue auparavant par `TSPI_lineGetDevConfig`.",
        de = "Ordnungszahl der Funktion `TSPI_lineSetDevConfig`, die die Konfiguration eines der Leitung zugeordneten Geräts aus einer Struktur wiederherstellt, die zuvor mit `TSPI_lineGetDevConfig` abgerufen wurde."
    ))]
    LineSetDevConfig = 550,
    /// Ordinal of `TSPI_lineSetMediaControl`, which sets the media control actions to take on a
    /// line, an address or a call when given digits, tones, media modes or call states are
    /// detected.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineSetMediaControl`, qui définit les actions de contrôle du média à appliquer sur une ligne, une adresse ou un appel lorsque des chiffres, des tonalités, des modes de média ou des états d’appel donnés sont détectés.",
        de = "Ordnungszahl der Funktion `TSPI_lineSetMediaControl`, die die Aktionen der Mediensteuerung festlegt, die auf einer Leitung, einer Adresse oder einem Anruf ausgeführt werden, wenn bestimmte Ziffern, Töne, Medienmodi oder Anrufzustände erkannt werden."
    ))]
    LineSetMediaControl = 551,
    /// Ordinal of `TSPI_lineSetMediaMode`, which changes the media mode of a call as recorded in
    /// its `LINECALLINFO`.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineSetMediaMode`, qui modifie le mode de média d’un appel tel qu’il figure dans sa structure `LINECALLINFO`.",
        de = "Ordnungszahl der Funktion `TSPI_lineSetMediaMode`, die den Medienmodus eines Anrufs ändert, wie er in dessen `LINECALLINFO` festgehalten ist."
    ))]
    LineSetMediaMode = 552,
    /// Ordinal of `TSPI_lineSetStatusMessages`, which tells the provider which status changes of a
    /// line and its addresses it should report.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineSetStatusMessages`, qui indique au fournisseur les changements d’état d’une ligne et de ses adresses qu’il doit signaler.",
        de = "Ordnungszahl der Funktion `TSPI_lineSetStatusMessages`, die dem Anbieter mitteilt, welche Statusänderungen einer Leitung und ihrer Adressen er melden soll."
    ))]
    LineSetStatusMessages = 553,
    /// Ordinal of `TSPI_lineSetTerminal`, which chooses the terminal to which the information of a
    /// line, an address or a call is routed.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineSetTerminal`, qui choisit le terminal vers lequel sont acheminées les informations d’une ligne, d’une adresse ou d’un appel.",
        de = "Ordnungszahl der Funktion `TSPI_lineSetTerminal`, die das Endgerät auswählt, an das die Informationen einer Leitung, einer Adresse oder eines Anrufs geleitet werden."
    ))]
    LineSetTerminal = 554,
    /// Ordinal of `TSPI_lineSetupConference`, which sets up a conference call, with a consultation
    /// call for adding the third party.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineSetupConference`, qui établit une conférence, avec un appel de consultation pour y ajouter le troisième participant.",
        de = "Ordnungszahl der Funktion `TSPI_lineSetupConference`, die einen Konferenzanruf einrichtet, mit einem Rückfrageanruf zum Hinzufügen des dritten Teilnehmers."
    ))]
    LineSetupConference = 555,
    /// Ordinal of `TSPI_lineSetupTransfer`, which starts a transfer by creating a consultation call
    /// on which the transfer destination can be dialed.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineSetupTransfer`, qui commence un transfert en créant un appel de consultation sur lequel composer la destination du transfert.",
        de = "Ordnungszahl der Funktion `TSPI_lineSetupTransfer`, die eine Übergabe einleitet, indem sie einen Rückfrageanruf anlegt, auf dem das Übergabeziel gewählt werden kann."
    ))]
    LineSetupTransfer = 556,
    /// Ordinal of `TSPI_lineSwapHold`, which swaps an active call with a call on consultation hold.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineSwapHold`, qui intervertit un appel actif et un appel en attente de consultation.",
        de = "Ordnungszahl der Funktion `TSPI_lineSwapHold`, die einen aktiven Anruf und einen zur Rückfrage gehaltenen Anruf gegeneinander tauscht (Makeln)."
    ))]
    LineSwapHold = 557,
    /// Ordinal of `TSPI_lineUncompleteCall`, which cancels a call completion request on a line.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineUncompleteCall`, qui annule une demande d’achèvement d’appel sur une ligne.",
        de = "Ordnungszahl der Funktion `TSPI_lineUncompleteCall`, die eine Anforderung zur Anrufvervollständigung auf einer Leitung aufhebt."
    ))]
    LineUncompleteCall = 558,
    /// Ordinal of `TSPI_lineUnhold`, which takes a held call off hold.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineUnhold`, qui reprend un appel en attente.",
        de = "Ordnungszahl der Funktion `TSPI_lineUnhold`, die einen gehaltenen Anruf aus dem Haltezustand zurückholt."
    ))]
    LineUnhold = 559,
    /// Ordinal of `TSPI_lineUnpark`, which retrieves the call parked at an address and returns a
    /// handle for it.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineUnpark`, qui reprend l’appel parqué sur une adresse et renvoie un handle pour cet appel.",
        de = "Ordnungszahl der Funktion `TSPI_lineUnpark`, die den auf einer Adresse geparkten Anruf aus dem Parken holt und ein Handle dafür zurückgibt."
    ))]
    LineUnpark = 560,
    /// Ordinal of `TSPI_phoneClose`, which closes an open phone device after finishing or aborting
    /// the asynchronous operations still outstanding on it.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneClose`, qui ferme un périphérique téléphonique ouvert après avoir achevé ou interrompu les opérations asynchrones encore en cours sur celui-ci.",
        de = "Ordnungszahl der Funktion `TSPI_phoneClose`, die ein geöffnetes Telefongerät schließt, nachdem die darauf noch ausstehenden asynchronen Vorgänge abgeschlossen oder abgebrochen wurden."
    ))]
    PhoneClose = 561,
    /// Ordinal of `TSPI_phoneConfigDialog`, which showed the provider's configuration dialog box
    /// for a phone device. Obsolete: providers written for TAPI 2.0 or later implement
    /// `TUISPI_phoneConfigDialog` in their UI DLL instead.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneConfigDialog`, qui affichait la boîte de dialogue de configuration du fournisseur pour un périphérique téléphonique. Obsolète : les fournisseurs écrits pour TAPI 2.0 ou une version ultérieure implémentent à la place `TUISPI_phoneConfigDialog` dans leur DLL d’interface utilisateur.",
        de = "Ordnungszahl der Funktion `TSPI_phoneConfigDialog`, die das Konfigurationsdialogfeld des Anbieters für ein Telefongerät anzeigte. Veraltet: Anbieter, die für TAPI 2.0 oder höher geschrieben sind, implementieren stattdessen `TUISPI_phoneConfigDialog` in ihrer UI-DLL."
    ))]
    PhoneConfigDialog = 562,
    /// Ordinal of `TSPI_phoneDevSpecific`, the general extension mechanism that gives access to
    /// device-specific features of a phone device.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneDevSpecific`, le mécanisme d’extension général qui donne accès, sur un périphérique téléphonique, aux fonctions propres au périphérique.",
        de = "Ordnungszahl der Funktion `TSPI_phoneDevSpecific`, des allgemeinen Erweiterungsmechanismus, der Zugriff auf gerätespezifische Leistungsmerkmale eines Telefongeräts gewährt."
    ))]
    PhoneDevSpecific = 563,
    /// Ordinal of `TSPI_phoneGetButtonInfo`, which returns in `PHONEBUTTONINFO` the information
    /// about a button of a phone.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneGetButtonInfo`, qui renvoie dans `PHONEBUTTONINFO` les informations sur un bouton d’un poste téléphonique.",
        de = "Ordnungszahl der Funktion `TSPI_phoneGetButtonInfo`, die in `PHONEBUTTONINFO` die Angaben zu einer Taste eines Telefons zurückgibt."
    ))]
    PhoneGetButtonInfo = 564,
    /// Ordinal of `TSPI_phoneGetData`, which uploads the data held at a given location of an open
    /// phone device into a buffer.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneGetData`, qui transfère dans une mémoire tampon les données conservées à un emplacement donné d’un périphérique téléphonique ouvert.",
        de = "Ordnungszahl der Funktion `TSPI_phoneGetData`, die die an einer bestimmten Stelle eines geöffneten Telefongeräts gespeicherten Daten in einen Puffer hochlädt."
    ))]
    PhoneGetData = 565,
    /// Ordinal of `TSPI_phoneGetDevCaps`, which reports in `PHONECAPS` the telephony capabilities
    /// of a phone device.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneGetDevCaps`, qui indique dans `PHONECAPS` les capacités de téléphonie d’un périphérique téléphonique.",
        de = "Ordnungszahl der Funktion `TSPI_phoneGetDevCaps`, die in `PHONECAPS` die Telefoniefähigkeiten eines Telefongeräts meldet."
    ))]
    PhoneGetDevCaps = 566,
    /// Ordinal of `TSPI_phoneGetDisplay`, which returns what the display of a phone currently
    /// shows.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneGetDisplay`, qui renvoie le contenu actuel de l’afficheur d’un poste téléphonique.",
        de = "Ordnungszahl der Funktion `TSPI_phoneGetDisplay`, die zurückgibt, was das Display eines Telefons gerade anzeigt."
    ))]
    PhoneGetDisplay = 567,
    /// Ordinal of `TSPI_phoneGetExtensionID`, which returns the identifier of the provider-specific
    /// extensions that a phone device supports.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneGetExtensionID`, qui renvoie l’identifiant des extensions propres au fournisseur de services que prend en charge un périphérique téléphonique.",
        de = "Ordnungszahl der Funktion `TSPI_phoneGetExtensionID`, die die Kennung der anbieterspezifischen Erweiterungen zurückgibt, die ein Telefongerät unterstützt."
    ))]
    PhoneGetExtensionId = 568,
    /// Ordinal of `TSPI_phoneGetGain`, which returns the microphone gain of one of the hook switch
    /// devices of a phone.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneGetGain`, qui renvoie le gain du microphone de l’un des périphériques à commutateur crochet d’un poste téléphonique.",
        de = "Ordnungszahl der Funktion `TSPI_phoneGetGain`, die die Mikrofonverstärkung eines der Geräte mit Gabelumschalter eines Telefons zurückgibt."
    ))]
    PhoneGetGain = 569,
    /// Ordinal of `TSPI_phoneGetHookSwitch`, which returns the current hook switch mode of an open
    /// phone device, that is which of its hook switch devices are off-hook.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneGetHookSwitch`, qui renvoie l’état actuel des commutateurs crochets d’un périphérique téléphonique ouvert, c’est-à-dire lesquels de ses périphériques à commutateur crochet sont décrochés.",
        de = "Ordnungszahl der Funktion `TSPI_phoneGetHookSwitch`, die den aktuellen Gabelumschaltermodus eines geöffneten Telefongeräts zurückgibt, also welche seiner Geräte mit Gabelumschalter abgehoben sind."
    ))]
    PhoneGetHookSwitch = 570,
    /// Ordinal of `TSPI_phoneGetIcon`, which returns an icon specific to the phone device, or to
    /// the provider, for display to the user.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneGetIcon`, qui renvoie une icône propre au périphérique téléphonique, ou au fournisseur, à présenter à l’utilisateur.",
        de = "Ordnungszahl der Funktion `TSPI_phoneGetIcon`, die ein für das Telefongerät oder den Anbieter spezifisches Symbol zur Anzeige für den Benutzer zurückgibt."
    ))]
    PhoneGetIcon = 571,
    /// Ordinal of `TSPI_phoneGetID`, which returns the device identifier, in a given device class,
    /// associated with a phone device.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneGetID`, qui renvoie l’identifiant de périphérique, dans une classe de périphérique donnée, associé à un périphérique téléphonique.",
        de = "Ordnungszahl der Funktion `TSPI_phoneGetID`, die die Gerätekennung in einer bestimmten Geräteklasse zurückgibt, die einem Telefongerät zugeordnet ist."
    ))]
    PhoneGetId = 572,
    /// Ordinal of `TSPI_phoneGetLamp`, which returns the current lamp mode of a lamp of the phone.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneGetLamp`, qui renvoie la cadence d’allumage actuelle d’un voyant du poste téléphonique.",
        de = "Ordnungszahl der Funktion `TSPI_phoneGetLamp`, die das aktuelle Leuchtmuster einer Leuchtanzeige des Telefons zurückgibt."
    ))]
    PhoneGetLamp = 573,
    /// Ordinal of `TSPI_phoneGetRing`, which returns the ring mode and ring volume currently in use
    /// on an open phone device.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneGetRing`, qui renvoie le mode de sonnerie et le volume de sonnerie actuellement utilisés par un périphérique téléphonique ouvert.",
        de = "Ordnungszahl der Funktion `TSPI_phoneGetRing`, die den Klingelmodus und die Klingellautstärke zurückgibt, die ein geöffnetes Telefongerät gerade verwendet."
    ))]
    PhoneGetRing = 574,
    /// Ordinal of `TSPI_phoneGetStatus`, which reports in `PHONESTATUS` the overall status of an
    /// open phone device.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneGetStatus`, qui indique dans `PHONESTATUS` l’état général d’un périphérique téléphonique ouvert.",
        de = "Ordnungszahl der Funktion `TSPI_phoneGetStatus`, die in `PHONESTATUS` den Gesamtstatus eines geöffneten Telefongeräts meldet."
    ))]
    PhoneGetStatus = 575,
    /// Ordinal of `TSPI_phoneGetVolume`, which returns the volume setting of one of the hook switch
    /// devices of a phone.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneGetVolume`, qui renvoie le volume d’écoute de l’un des périphériques à commutateur crochet d’un poste téléphonique.",
        de = "Ordnungszahl der Funktion `TSPI_phoneGetVolume`, die die eingestellte Wiedergabelautstärke eines der Geräte mit Gabelumschalter eines Telefons zurückgibt."
    ))]
    PhoneGetVolume = 576,
    /// Ordinal of `TSPI_phoneNegotiateExtVersion`, which returns the highest extension version,
    /// within a proposed range, under which the provider can operate a phone device.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneNegotiateExtVersion`, qui renvoie la version d’extension la plus élevée, dans une plage proposée, sous laquelle le fournisseur peut faire fonctionner un périphérique téléphonique.",
        de = "Ordnungszahl der Funktion `TSPI_phoneNegotiateExtVersion`, die innerhalb eines vorgeschlagenen Bereichs die höchste Erweiterungsversion zurückgibt, unter der der Anbieter ein Telefongerät betreiben kann."
    ))]
    PhoneNegotiateExtVersion = 577,
    /// Ordinal of `TSPI_phoneNegotiateTSPIVersion`, which returns the highest TSPI version, within
    /// a proposed range, under which the provider can operate a phone device.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneNegotiateTSPIVersion`, qui renvoie la version de TSPI la plus élevée, dans une plage proposée, sous laquelle le fournisseur peut faire fonctionner un périphérique téléphonique.",
        de = "Ordnungszahl der Funktion `TSPI_phoneNegotiateTSPIVersion`, die innerhalb eines vorgeschlagenen Bereichs die höchste TSPI-Version zurückgibt, unter der der Anbieter ein Telefongerät betreiben kann."
    ))]
    PhoneNegotiateTspiVersion = 578,
    /// Ordinal of `TSPI_phoneOpen`, which opens the phone device with a given device identifier,
    /// returning the provider's handle for it and keeping TAPI's handle for later events.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneOpen`, qui ouvre le périphérique téléphonique portant un identifiant de périphérique donné, renvoie le handle que le fournisseur lui attribue et conserve celui de TAPI pour les événements suivants.",
        de = "Ordnungszahl der Funktion `TSPI_phoneOpen`, die das Telefongerät mit einer bestimmten Gerätekennung öffnet, das Handle des Anbieters dafür zurückgibt und das Handle von TAPI für spätere Ereignisse aufbewahrt."
    ))]
    PhoneOpen = 579,
    /// Ordinal of `TSPI_phoneSelectExtVersion`, which selects the extension version under which
    /// later requests on a phone device operate.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneSelectExtVersion`, qui sélectionne la version d’extension selon laquelle fonctionnent les requêtes suivantes sur un périphérique téléphonique.",
        de = "Ordnungszahl der Funktion `TSPI_phoneSelectExtVersion`, die die Erweiterungsversion auswählt, unter der spätere Anforderungen an ein Telefongerät ausgeführt werden."
    ))]
    PhoneSelectExtVersion = 580,
    /// Ordinal of `TSPI_phoneSetButtonInfo`, which sets the information about a button of a phone.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneSetButtonInfo`, qui définit les informations d’un bouton d’un poste téléphonique.",
        de = "Ordnungszahl der Funktion `TSPI_phoneSetButtonInfo`, die die Angaben zu einer Taste eines Telefons festlegt."
    ))]
    PhoneSetButtonInfo = 581,
    /// Ordinal of `TSPI_phoneSetData`, which downloads the contents of a buffer into an open phone
    /// device at a given data identifier.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneSetData`, qui transfère le contenu d’une mémoire tampon dans un périphérique téléphonique ouvert, à l’emplacement désigné par un identifiant de données.",
        de = "Ordnungszahl der Funktion `TSPI_phoneSetData`, die den Inhalt eines Puffers unter einer bestimmten Datenkennung in ein geöffnetes Telefongerät herunterlädt."
    ))]
    PhoneSetData = 582,
    /// Ordinal of `TSPI_phoneSetDisplay`, which shows a string on the display of an open phone
    /// device.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneSetDisplay`, qui affiche une chaîne sur l’afficheur d’un périphérique téléphonique ouvert.",
        de = "Ordnungszahl der Funktion `TSPI_phoneSetDisplay`, die eine Zeichenkette auf dem Display eines geöffneten Telefongeräts anzeigt."
    ))]
    PhoneSetDisplay = 583,
    /// Ordinal of `TSPI_phoneSetGain`, which sets the microphone gain of one of the hook switch
    /// devices of a phone.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneSetGain`, qui règle le gain du microphone de l’un des périphériques à commutateur crochet d’un poste téléphonique.",
        de = "Ordnungszahl der Funktion `TSPI_phoneSetGain`, die die Mikrofonverstärkung eines der Geräte mit Gabelumschalter eines Telefons einstellt."
    ))]
    PhoneSetGain = 584,
    /// Ordinal of `TSPI_phoneSetHookSwitch`, which puts the listed hook switch devices of an open
    /// phone in a given hook switch mode, leaving the others as they are.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneSetHookSwitch`, qui place les périphériques à commutateur crochet indiqués d’un poste ouvert dans un état donné, sans toucher aux autres.",
        de = "Ordnungszahl der Funktion `TSPI_phoneSetHookSwitch`, die die angegebenen Geräte mit Gabelumschalter eines geöffneten Telefons in einen bestimmten Gabelumschaltermodus versetzt und die übrigen unverändert lässt."
    ))]
    PhoneSetHookSwitch = 585,
    /// Ordinal of `TSPI_phoneSetLamp`, which sets a lamp of an open phone device to a given lamp
    /// mode.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneSetLamp`, qui règle un voyant d’un périphérique téléphonique ouvert sur une cadence d’allumage donnée.",
        de = "Ordnungszahl der Funktion `TSPI_phoneSetLamp`, die eine Leuchtanzeige eines geöffneten Telefongeräts auf ein bestimmtes Leuchtmuster setzt."
    ))]
    PhoneSetLamp = 586,
    /// Ordinal of `TSPI_phoneSetRing`, which rings an open phone device with a given ring mode and
    /// volume.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneSetRing`, qui fait sonner un périphérique téléphonique ouvert avec un mode de sonnerie et un volume donnés.",
        de = "Ordnungszahl der Funktion `TSPI_phoneSetRing`, die ein geöffnetes Telefongerät mit einem bestimmten Klingelmodus und einer bestimmten Lautstärke klingeln lässt."
    ))]
    PhoneSetRing = 587,
    /// Ordinal of `TSPI_phoneSetStatusMessages`, which tells the provider which phone status
    /// changes interest applications, so that it can filter out the others.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneSetStatusMessages`, qui indique au fournisseur les changements d’état du poste téléphonique qui intéressent les applications, afin qu’il puisse filtrer les autres.",
        de = "Ordnungszahl der Funktion `TSPI_phoneSetStatusMessages`, die dem Anbieter mitteilt, welche Statusänderungen des Telefons die Anwendungen interessieren, damit er die übrigen herausfiltern kann."
    ))]
    PhoneSetStatusMessages = 588,
    /// Ordinal of `TSPI_phoneSetVolume`, which sets the speaker volume of one of the hook switch
    /// devices of a phone.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_phoneSetVolume`, qui règle le volume d’écoute de l’un des périphériques à commutateur crochet d’un poste téléphonique.",
        de = "Ordnungszahl der Funktion `TSPI_phoneSetVolume`, die die Wiedergabelautstärke eines der Geräte mit Gabelumschalter eines Telefons einstellt."
    ))]
    PhoneSetVolume = 589,
    /// Ordinal of `TSPI_providerConfig`, which showed the provider's own configuration dialog box.
    /// Obsolete: providers written for TAPI 2.0 or later implement `TUISPI_providerConfig` in their
    /// UI DLL instead.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_providerConfig`, qui affichait la boîte de dialogue de configuration propre au fournisseur. Obsolète : les fournisseurs écrits pour TAPI 2.0 ou une version ultérieure implémentent à la place `TUISPI_providerConfig` dans leur DLL d’interface utilisateur.",
        de = "Ordnungszahl der Funktion `TSPI_providerConfig`, die das eigene Konfigurationsdialogfeld des Anbieters anzeigte. Veraltet: Anbieter, die für TAPI 2.0 oder höher geschrieben sind, implementieren stattdessen `TUISPI_providerConfig` in ihrer UI-DLL."
    ))]
    ProviderConfig = 590,
    /// Ordinal of `TSPI_providerInit`, which initializes the provider and gives it what it needs
    /// for later work, such as its permanent provider identifier and the first line and phone
    /// device identifiers.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_providerInit`, qui initialise le fournisseur et lui donne ce dont il a besoin pour la suite, par exemple son identifiant permanent de fournisseur et les premiers identifiants de périphérique de ligne et de périphérique téléphonique.",
        de = "Ordnungszahl der Funktion `TSPI_providerInit`, die den Anbieter initialisiert und ihm gibt, was er für die weitere Arbeit braucht, etwa seine permanente Anbieterkennung und die ersten Gerätekennungen für Leitungs- und Telefongeräte."
    ))]
    ProviderInit = 591,
    /// Ordinal of `TSPI_providerInstall`, which let the provider take part in its own installation.
    /// Obsolete: providers written for TAPI 2.0 or later implement `TUISPI_providerInstall` in
    /// their UI DLL instead.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_providerInstall`, qui permettait au fournisseur de participer à sa propre installation. Obsolète : les fournisseurs écrits pour TAPI 2.0 ou une version ultérieure implémentent à la place `TUISPI_providerInstall` dans leur DLL d’interface utilisateur.",
        de = "Ordnungszahl der Funktion `TSPI_providerInstall`, mit der sich der Anbieter an seiner eigenen Installation beteiligen konnte. Veraltet: Anbieter, die für TAPI 2.0 oder höher geschrieben sind, implementieren stattdessen `TUISPI_providerInstall` in ihrer UI-DLL."
    ))]
    ProviderInstall = 592,
    /// Ordinal of `TSPI_providerRemove`, which let the provider take part in its own removal.
    /// Obsolete: providers written for TAPI 2.0 or later implement `TUISPI_providerRemove` in their
    /// UI DLL instead.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_providerRemove`, qui permettait au fournisseur de participer à sa propre suppression. Obsolète : les fournisseurs écrits pour TAPI 2.0 ou une version ultérieure implémentent à la place `TUISPI_providerRemove` dans leur DLL d’interface utilisateur.",
        de = "Ordnungszahl der Funktion `TSPI_providerRemove`, mit der sich der Anbieter an seiner eigenen Entfernung beteiligen konnte. Veraltet: Anbieter, die für TAPI 2.0 oder höher geschrieben sind, implementieren stattdessen `TUISPI_providerRemove` in ihrer UI-DLL."
    ))]
    ProviderRemove = 593,
    /// Ordinal of `TSPI_providerShutdown`, which shuts the provider down: it ends the activities in
    /// progress and frees the resources it allocated.
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_providerShutdown`, qui arrête le fournisseur : celui-ci met fin aux activités en cours et libère les ressources qu’il a allouées.",
        de = "Ordnungszahl der Funktion `TSPI_providerShutdown`, die den Anbieter herunterfährt: Er beendet die laufenden Aktivitäten und gibt die von ihm belegten Ressourcen frei."
    ))]
    ProviderShutdown = 594,
    /// Ordinal of `TSPI_providerEnumDevices`, which TAPI calls before `TSPI_providerInit` to learn
    /// how many line and phone devices the provider supports.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_providerEnumDevices`, que TAPI appelle avant `TSPI_providerInit` pour connaître le nombre de périphériques de ligne et de périphériques téléphoniques que gère le fournisseur.",
        de = "Ordnungszahl der Funktion `TSPI_providerEnumDevices`, die TAPI vor `TSPI_providerInit` aufruft, um zu erfahren, wie viele Leitungs- und Telefongeräte der Anbieter unterstützt."
    ))]
    ProviderEnumDevices = 595,
    /// Ordinal of `TSPI_lineDropOnClose`, through which TAPI had a call dropped when its sole owner
    /// closed its handle of the line. Obsolete: TAPI no longer drops such calls, so that calls can
    /// be controlled from several client machines.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineDropOnClose`, par lequel TAPI faisait mettre fin à un appel lorsque son unique propriétaire fermait son handle de ligne. Obsolète : TAPI ne met plus fin à ces appels, afin que les appels puissent être pilotés depuis plusieurs machines clientes.",
        de = "Ordnungszahl der Funktion `TSPI_lineDropOnClose`, über die TAPI einen Anruf beenden ließ, wenn dessen einziger Besitzer sein Handle der Leitung schloss. Veraltet: TAPI beendet solche Anrufe nicht mehr, damit Anrufe von mehreren Clientrechnern aus gesteuert werden können."
    ))]
    LineDropOnClose = 596,
    /// Ordinal of `TSPI_lineDropNoOwner`, through which TAPI had a call dropped when no initial
    /// owner could be found for it. Obsolete, for the same reason as `TSPI_lineDropOnClose`.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineDropNoOwner`, par lequel TAPI faisait mettre fin à un appel pour lequel aucun propriétaire initial n’était trouvé. Obsolète, pour la même raison que `TSPI_lineDropOnClose`.",
        de = "Ordnungszahl der Funktion `TSPI_lineDropNoOwner`, über die TAPI einen Anruf beenden ließ, für den kein anfänglicher Besitzer gefunden werden konnte. Veraltet, aus demselben Grund wie `TSPI_lineDropOnClose`."
    ))]
    LineDropNoOwner = 597,
    /// Ordinal of `TSPI_providerCreateLineDevice`, which TAPI calls after the provider has sent
    /// `LINE_CREATE`, to create the new line device dynamically.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_providerCreateLineDevice`, que TAPI appelle après que le fournisseur a envoyé `LINE_CREATE`, pour créer dynamiquement le nouveau périphérique de ligne.",
        de = "Ordnungszahl der Funktion `TSPI_providerCreateLineDevice`, die TAPI aufruft, nachdem der Anbieter `LINE_CREATE` gesendet hat, um das neue Leitungsgerät dynamisch anzulegen."
    ))]
    ProviderCreateLineDevice = 598,
    /// Ordinal of `TSPI_providerCreatePhoneDevice`, which TAPI calls after the provider has sent
    /// `PHONE_CREATE`, to create the new phone device dynamically.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_providerCreatePhoneDevice`, que TAPI appelle après que le fournisseur a envoyé `PHONE_CREATE`, pour créer dynamiquement le nouveau périphérique téléphonique.",
        de = "Ordnungszahl der Funktion `TSPI_providerCreatePhoneDevice`, die TAPI aufruft, nachdem der Anbieter `PHONE_CREATE` gesendet hat, um das neue Telefongerät dynamisch anzulegen."
    ))]
    ProviderCreatePhoneDevice = 599,
    /// Ordinal of `TSPI_lineSetCurrentLocation`, through which TAPI told the provider that the user
    /// or an application had changed the current location for address translation. Obsolete: TAPI
    /// now reports the change with `LINE_LINEDEVSTATE` and `LINEDEVSTATE_TRANSLATECHANGE`.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineSetCurrentLocation`, par lequel TAPI signalait au fournisseur que l’utilisateur ou une application avait changé l’emplacement courant utilisé pour la conversion d’adresses. Obsolète : TAPI signale désormais ce changement par `LINE_LINEDEVSTATE` avec `LINEDEVSTATE_TRANSLATECHANGE`.",
        de = "Ordnungszahl der Funktion `TSPI_lineSetCurrentLocation`, über die TAPI dem Anbieter mitteilte, dass der Benutzer oder eine Anwendung den aktuellen Standort für die Umsetzung von Adressen geändert hatte. Veraltet: TAPI meldet diese Änderung jetzt mit `LINE_LINEDEVSTATE` und `LINEDEVSTATE_TRANSLATECHANGE`."
    ))]
    LineSetCurrentLocation = 600,
    /// Ordinal of `TSPI_lineConfigDialogEdit`, which showed a dialog box for editing a line device
    /// configuration supplied by the caller and returned the edited configuration. Obsolete:
    /// providers written for TAPI 2.0 or later implement `TUISPI_lineConfigDialogEdit` in their UI
    /// DLL instead.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineConfigDialogEdit`, qui affichait une boîte de dialogue permettant de modifier une configuration de périphérique de ligne fournie par l’appelant, puis renvoyait la configuration modifiée. Obsolète : les fournisseurs écrits pour TAPI 2.0 ou une version ultérieure implémentent à la place `TUISPI_lineConfigDialogEdit` dans leur DLL d’interface utilisateur.",
        de = "Ordnungszahl der Funktion `TSPI_lineConfigDialogEdit`, die ein Dialogfeld zum Bearbeiten einer vom Aufrufer übergebenen Konfiguration eines Leitungsgeräts anzeigte und die bearbeitete Konfiguration zurückgab. Veraltet: Anbieter, die für TAPI 2.0 oder höher geschrieben sind, implementieren stattdessen `TUISPI_lineConfigDialogEdit` in ihrer UI-DLL."
    ))]
    LineConfigDialogEdit = 601,
    /// Ordinal of `TSPI_lineReleaseUserUserInfo`, which tells the provider that the user-user
    /// information in `LINECALLINFO` has been processed, so that information received later can
    /// take its place.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineReleaseUserUserInfo`, qui signale au fournisseur que les informations d’usager à usager présentes dans `LINECALLINFO` ont été traitées, afin que celles reçues ensuite puissent les remplacer.",
        de = "Ordnungszahl der Funktion `TSPI_lineReleaseUserUserInfo`, die dem Anbieter mitteilt, dass die Benutzer-zu-Benutzer-Informationen in `LINECALLINFO` verarbeitet sind, damit später empfangene Informationen an ihre Stelle treten können."
    ))]
    LineReleaseUserUserInfo = 602,
    /// Ordinal of `TSPI_lineGetCallIDs` (the constant's name drops the final S), which returns the
    /// address identifier, call identifier and related call identifier of a call. It requires a
    /// negotiated TSPI version of 3.0 or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineGetCallIDs` (le nom de la constante perd le S final), qui renvoie l’identifiant de l’adresse, l’identifiant d’appel et l’identifiant d’appel associé d’un appel. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.",
        de = "Ordnungszahl der Funktion `TSPI_lineGetCallIDs` (im Namen der Konstante fehlt das abschließende S), die die Kennung der Adresse, die Anrufkennung und die Kennung des zugehörigen Anrufs eines Anrufs zurückgibt. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde."
    ))]
    LineGetCallId = 603,
    /// Ordinal of `TSPI_lineGetCallHubTracking`, which returns in `LINECALLHUBTRACKINGINFO` the
    /// call hub tracking currently in force on a line. It requires a negotiated TSPI version of 3.0
    /// or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineGetCallHubTracking`, qui renvoie dans `LINECALLHUBTRACKINGINFO` le suivi des concentrateurs d’appels en vigueur sur une ligne. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.",
        de = "Ordnungszahl der Funktion `TSPI_lineGetCallHubTracking`, die in `LINECALLHUBTRACKINGINFO` die auf einer Leitung geltende Anrufhub-Verfolgung zurückgibt. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde."
    ))]
    LineGetCallHubTracking = 604,
    /// Ordinal of `TSPI_lineSetCallHubTracking`, which sets the call hub tracking mode of a line.
    /// It requires a negotiated TSPI version of 3.0 or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineSetCallHubTracking`, qui définit le mode de suivi des concentrateurs d’appels d’une ligne. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.",
        de = "Ordnungszahl der Funktion `TSPI_lineSetCallHubTracking`, die den Modus der Anrufhub-Verfolgung einer Leitung festlegt. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde."
    ))]
    LineSetCallHubTracking = 605,
    /// Ordinal of `TSPI_lineReceiveMSPData`, which hands the provider a buffer sent by a media
    /// service provider (MSP) about a line or a call. It requires a negotiated TSPI version of 3.0
    /// or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineReceiveMSPData`, qui remet au fournisseur une mémoire tampon envoyée par un MSP (fournisseur de services de média) au sujet d’une ligne ou d’un appel. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.",
        de = "Ordnungszahl der Funktion `TSPI_lineReceiveMSPData`, die dem Anbieter einen Puffer übergibt, den ein MSP (Mediendienstanbieter) zu einer Leitung oder einem Anruf gesendet hat. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde."
    ))]
    LineReceiveMspData = 606,
    /// Ordinal of `TSPI_lineMSPIdentify`, which returns the CLSID of the media service provider
    /// (MSP) associated with a line device. It requires a negotiated TSPI version of 3.0 or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineMSPIdentify`, qui renvoie le CLSID du MSP (fournisseur de services de média) associé à un périphérique de ligne. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.",
        de = "Ordnungszahl der Funktion `TSPI_lineMSPIdentify`, die die CLSID des MSP (Mediendienstanbieter) zurückgibt, der einem Leitungsgerät zugeordnet ist. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde."
    ))]
    LineMspIdentify = 607,
    /// Ordinal of `TSPI_lineCreateMSPInstance`, through which TAPI announces a new media service
    /// provider (MSP) instance for an address of a line and receives the provider's handle for it.
    /// It requires a negotiated TSPI version of 3.0 or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineCreateMSPInstance`, par lequel TAPI annonce une nouvelle instance de MSP (fournisseur de services de média) pour une adresse d’une ligne et reçoit le handle que le fournisseur lui attribue. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.",
        de = "Ordnungszahl der Funktion `TSPI_lineCreateMSPInstance`, über die TAPI eine neue MSP-Instanz (Mediendienstanbieter) für eine Adresse einer Leitung ankündigt und das Handle des Anbieters für sie erhält. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde."
    ))]
    LineCreateMspInstance = 608,
    /// Ordinal of `TSPI_lineCloseMSPInstance`, through which TAPI announces that a media service
    /// provider (MSP) instance created with `TSPI_lineCreateMSPInstance` is closed. It requires a
    /// negotiated TSPI version of 3.0 or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Numéro d’ordre de `TSPI_lineCloseMSPInstance`, par lequel TAPI annonce la fermeture d’une instance de MSP (fournisseur de services de média) créée avec `TSPI_lineCreateMSPInstance`. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.",
        de = "Ordnungszahl der Funktion `TSPI_lineCloseMSPInstance`, über die TAPI ankündigt, dass eine mit `TSPI_lineCreateMSPInstance` angelegte MSP-Instanz (Mediendienstanbieter) geschlossen ist. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde."
    ))]
    LineCloseMspInstance = 609,
}

/// Kinds of quality-of-service (QoS) request that TAPI 3 passes to a service provider in a
/// `LINECALLQOSINFO` structure.
///
/// The value is in `dwQOSRequestType` of that structure, which starts with the key
/// `LINEQOSSTRUCT_KEY`; only the service-level request is defined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEQOSREQUESTTYPE_",
    since = "2.2",
    header = "TSPI.h",
    c_consts
)]
#[tapi(doc(
    fr = "Types de requête de QoS (qualité de service) que TAPI 3 transmet à un fournisseur de services dans une structure `LINECALLQOSINFO`. La valeur figure dans `dwQOSRequestType` de cette structure, qui commence par la clé `LINEQOSSTRUCT_KEY` ; seule la requête de niveau de service est définie.",
    de = "Arten von QoS-Anforderungen (Dienstgüte), die TAPI 3 einem Dienstanbieter in einer Struktur `LINECALLQOSINFO` übergibt. Der Wert steht in `dwQOSRequestType` dieser Struktur, die mit dem Schlüssel `LINEQOSSTRUCT_KEY` beginnt; definiert ist nur die Anforderung einer Dienstgütestufe."
))]
pub enum LineQosRequestType {
    /// The request sets a QoS service level per media mode: the structure then lists
    /// `LINEQOSSERVICELEVEL` entries, each pairing a `LINEMEDIAMODE_` value with a
    /// `LINEQOSSERVICELEVEL_` value.
    #[tapi(doc(
        fr = "La requête fixe un niveau de service QoS par mode de média : la structure énumère alors des entrées `LINEQOSSERVICELEVEL`, chacune associant une valeur `LINEMEDIAMODE_` à une valeur `LINEQOSSERVICELEVEL_`.",
        de = "Die Anforderung legt je Medienmodus eine Dienstgütestufe fest: Die Struktur führt dann Einträge `LINEQOSSERVICELEVEL` auf, die jeweils einen Wert `LINEMEDIAMODE_` mit einem Wert `LINEQOSSERVICELEVEL_` verbinden."
    ))]
    ServiceLevel = 0x0000_0001,
}

/// How strictly a quality-of-service (QoS) level is requested for one media mode of a call.
///
/// Found in `dwQOSServiceLevel` of each `LINEQOSSERVICELEVEL` entry of a `LINECALLQOSINFO`
/// service-level request; the values match the TAPI 3 `QOS_SERVICE_LEVEL` members (`QSL_NEEDED` …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEQOSSERVICELEVEL_",
    since = "2.2",
    header = "TSPI.h",
    c_consts
)]
#[tapi(doc(
    fr = "Degré d’exigence avec lequel un niveau de QoS (qualité de service) est demandé pour un mode de média d’un appel. Présent dans `dwQOSServiceLevel` de chaque entrée `LINEQOSSERVICELEVEL` d’une requête de niveau de service `LINECALLQOSINFO` ; les valeurs sont celles des membres de `QOS_SERVICE_LEVEL` de TAPI 3 (`QSL_NEEDED` …).",
    de = "Grad der Verbindlichkeit, mit dem eine Dienstgütestufe (QoS) für einen Medienmodus eines Anrufs angefordert wird. Steht in `dwQOSServiceLevel` jedes Eintrags `LINEQOSSERVICELEVEL` einer Dienstgütestufen-Anforderung in `LINECALLQOSINFO`; die Werte entsprechen den Mitgliedern von `QOS_SERVICE_LEVEL` aus TAPI 3 (`QSL_NEEDED` …)."
))]
pub enum LineQosServiceLevel {
    /// The QoS level is mandatory: the call should not go ahead without it.
    #[tapi(doc(
        fr = "Le niveau de QoS est obligatoire : l’appel ne doit pas se poursuivre sans lui.",
        de = "Die Dienstgütestufe ist zwingend erforderlich: Ohne sie soll der Anruf nicht fortgesetzt werden."
    ))]
    Needed = 0x0000_0001,
    /// The QoS level is wanted if the network can provide it; otherwise the call goes ahead without
    /// it.
    #[tapi(doc(
        fr = "Le niveau de QoS est souhaité si le réseau peut le fournir ; sinon, l’appel se poursuit sans lui.",
        de = "Die Dienstgütestufe ist erwünscht, sofern das Netz sie bereitstellen kann; andernfalls wird der Anruf ohne sie fortgesetzt."
    ))]
    IfAvailable = 0x0000_0002,
    /// Only best-effort delivery is asked for, with no reserved QoS.
    #[tapi(doc(
        fr = "Seul un acheminement au mieux (best effort) est demandé, sans QoS réservée.",
        de = "Verlangt wird nur eine bestmögliche Zustellung (Best Effort), ohne reservierte Dienstgüte."
    ))]
    BestEffort = 0x0000_0003,
}

/// Outcomes of a quality-of-service (QoS) request that a service provider reports to TAPI.
///
/// Carried in `dwParam1` of the `LINE_QOSINFO` provider message; the values match the TAPI 3
/// `QOS_EVENT` members (`QE_NOQOS` …) that applications receive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "LINEEQOSINFO_", since = "2.2", header = "TSPI.h", c_consts)]
#[tapi(doc(
    fr = "Résultats d’une requête de QoS (qualité de service) qu’un fournisseur de services signale à TAPI. Transmis dans `dwParam1` du message du fournisseur `LINE_QOSINFO` ; les valeurs sont celles des membres de `QOS_EVENT` de TAPI 3 (`QE_NOQOS` …) que reçoivent les applications.",
    de = "Ergebnisse einer QoS-Anforderung (Dienstgüte), die ein Dienstanbieter an TAPI meldet. Sie werden in `dwParam1` der Anbieternachricht `LINE_QOSINFO` übermittelt; die Werte entsprechen den Mitgliedern von `QOS_EVENT` aus TAPI 3 (`QE_NOQOS` …), die Anwendungen erhalten."
))]
pub enum LineEQosInfo {
    /// No QoS is available for the call's stream.
    #[tapi(doc(
        fr = "Aucune QoS n’est disponible pour le flux de l’appel.",
        de = "Für den Medienstrom des Anrufs ist keine Dienstgüte verfügbar."
    ))]
    NoQos = 0x0000_0001,
    /// The QoS request could not be met: the network did not admit the reservation.
    #[tapi(doc(
        fr = "La requête de QoS n’a pas pu être satisfaite : le réseau n’a pas admis la réservation (échec d’admission).",
        de = "Die QoS-Anforderung konnte nicht erfüllt werden: Das Netz hat die Reservierung nicht zugelassen (Zulassungsfehler)."
    ))]
    AdmissionFailure = 0x0000_0002,
    /// The kind of QoS requested is not supported, for example because a policy forbids it.
    #[tapi(doc(
        fr = "Le type de QoS demandé n’est pas pris en charge, par exemple parce qu’une stratégie l’interdit (échec de stratégie).",
        de = "Die angeforderte Art von QoS wird nicht unterstützt, etwa weil eine Richtlinie sie verbietet (Richtlinienfehler)."
    ))]
    PolicyFailure = 0x0000_0003,
    /// A QoS error occurred without a more specific reason.
    #[tapi(doc(
        fr = "Une erreur de QoS s’est produite, sans raison plus précise.",
        de = "Ein QoS-Fehler ist ohne genauere Ursache aufgetreten."
    ))]
    GenericError = 0x0000_0004,
}

/// Options that a service provider returns to TAPI, through `lpdwTSPIOptions` of
/// `TSPI_providerInit`, about how TAPI should call it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINETSPIOPTION_",
    flags,
    since = "2.0",
    header = "TSPI.h",
    c_consts
)]
#[tapi(doc(
    fr = "Options qu’un fournisseur de services renvoie à TAPI, par `lpdwTSPIOptions` de `TSPI_providerInit`, sur la manière dont TAPI doit l’appeler.",
    de = "Optionen, die ein Dienstanbieter über `lpdwTSPIOptions` von `TSPI_providerInit` an TAPI zurückgibt und die festlegen, wie TAPI ihn aufrufen soll."
))]
pub enum LineTspiOption {
    /// The provider is not reentrant: TAPI calls its functions one at a time, from any thread,
    /// waiting for each to return (though not for an asynchronous request to complete) before
    /// making the next call.
    #[tapi(doc(
        fr = "Le fournisseur n’est pas réentrant : TAPI appelle ses fonctions une par une, depuis n’importe quel thread, en attendant le retour de chacune (mais pas l’achèvement d’une requête asynchrone) avant l’appel suivant.",
        de = "Der Anbieter ist nicht wiedereintrittsfähig (nicht reentrant): TAPI ruft seine Funktionen einzeln und von einem beliebigen Thread aus auf und wartet vor dem nächsten Aufruf jeweils, bis der vorherige zurückgekehrt ist (nicht aber, bis eine asynchrone Anforderung abgeschlossen ist)."
    ))]
    NonReentrant = 0x0000_0001,
}

/// Kinds of object that a `dwObjectID` names when a service provider's UI DLL and the provider
/// exchange data.
///
/// Passed as `dwObjectType` to the `TUISPIDLLCALLBACK` function and to
/// `TSPI_providerGenericDialogData`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "TUISPIDLL_OBJECT_",
    since = "2.0",
    header = "TSPI.h",
    c_consts
)]
#[tapi(doc(
    fr = "Types d’objet que désigne un `dwObjectID` lorsque la DLL d’interface utilisateur d’un fournisseur de services et le fournisseur échangent des données. Transmis dans `dwObjectType` à la fonction `TUISPIDLLCALLBACK` et à `TSPI_providerGenericDialogData`.",
    de = "Arten von Objekten, die ein `dwObjectID` bezeichnet, wenn die UI-DLL eines Dienstanbieters und der Anbieter Daten austauschen. Wird als `dwObjectType` an die Funktion `TUISPIDLLCALLBACK` und an `TSPI_providerGenericDialogData` übergeben."
))]
pub enum TuispiDllObject {
    /// `dwObjectID` is the device identifier of a line device.
    #[tapi(doc(
        fr = "`dwObjectID` est l’identifiant de périphérique d’un périphérique de ligne.",
        de = "`dwObjectID` ist die Gerätekennung eines Leitungsgeräts."
    ))]
    LineId = 0x0000_0001,
    /// `dwObjectID` is the device identifier of a phone device.
    #[tapi(doc(
        fr = "`dwObjectID` est l’identifiant de périphérique d’un périphérique téléphonique.",
        de = "`dwObjectID` ist die Gerätekennung eines Telefongeräts."
    ))]
    PhoneId = 0x0000_0002,
    /// `dwObjectID` is the permanent identifier of a service provider.
    #[tapi(doc(
        fr = "`dwObjectID` est l’identifiant permanent d’un fournisseur de services.",
        de = "`dwObjectID` ist die permanente Kennung eines Dienstanbieters."
    ))]
    ProviderId = 0x0000_0003,
    /// `dwObjectID` is the handle of a dialog instance: `HDRVDIALOGINSTANCE` on the provider's side
    /// or `HTAPIDIALOGINSTANCE` on TAPI's, depending on the direction.
    #[tapi(doc(
        fr = "`dwObjectID` est le handle d’une instance de boîte de dialogue : `HDRVDIALOGINSTANCE` côté fournisseur ou `HTAPIDIALOGINSTANCE` côté TAPI, selon le sens de l’échange.",
        de = "`dwObjectID` ist das Handle einer Dialoginstanz: je nach Richtung `HDRVDIALOGINSTANCE` auf der Seite des Anbieters oder `HTAPIDIALOGINSTANCE` auf der Seite von TAPI."
    ))]
    DialogInstance = 0x0000_0004,
}

/// Kinds of TAPI object that a provider-specific (private) exchange between a TAPI 3.0 service
/// provider and TAPI concerns.
///
/// Microsoft documents neither the constants nor where they are used; the meanings are inferred
/// from the names, next to `LINEDEVCAPFLAGS_PRIVATEOBJECTS` and the TAPI 3 provider-specific
/// interfaces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "PRIVATEOBJECT_", since = "3.0", header = "TSPI.h", c_consts)]
#[tapi(doc(
    fr = "Types d’objet TAPI que concerne un échange propre au fournisseur (privé) entre un fournisseur de services TAPI 3.0 et TAPI. Microsoft ne documente ni ces constantes ni leur usage ; leur sens est déduit des noms, à côté de `LINEDEVCAPFLAGS_PRIVATEOBJECTS` et des interfaces propres au fournisseur de TAPI 3.",
    de = "Arten von TAPI-Objekten, die ein anbieterspezifischer (privater) Austausch zwischen einem Dienstanbieter für TAPI 3.0 und TAPI betrifft. Microsoft dokumentiert weder diese Konstanten noch ihre Verwendung; ihre Bedeutung ist aus den Namen abgeleitet, im Zusammenhang mit `LINEDEVCAPFLAGS_PRIVATEOBJECTS` und den anbieterspezifischen Schnittstellen von TAPI 3."
))]
pub enum PrivateObject {
    /// The data concerns no particular object (inferred from the name).
    #[tapi(doc(
        fr = "Les données ne concernent aucun objet particulier (sens déduit du nom).",
        de = "Die Daten betreffen kein bestimmtes Objekt (aus dem Namen abgeleitet)."
    ))]
    None = 0x0000_0001,
    /// The data concerns a call designated by its call identifier (inferred from the name).
    #[tapi(doc(
        fr = "Les données concernent un appel désigné par son identifiant d’appel (sens déduit du nom).",
        de = "Die Daten betreffen einen Anruf, der durch seine Anrufkennung bezeichnet wird (aus dem Namen abgeleitet)."
    ))]
    CallId = 0x0000_0002,
    /// The data concerns a line device (inferred from the name).
    #[tapi(doc(
        fr = "Les données concernent un périphérique de ligne (sens déduit du nom).",
        de = "Die Daten betreffen ein Leitungsgerät (aus dem Namen abgeleitet)."
    ))]
    Line = 0x0000_0003,
    /// The data concerns a call designated by its handle (inferred from the name).
    #[tapi(doc(
        fr = "Les données concernent un appel désigné par son handle (sens déduit du nom).",
        de = "Die Daten betreffen einen Anruf, der durch sein Handle bezeichnet wird (aus dem Namen abgeleitet)."
    ))]
    Call = 0x0000_0004,
    /// The data concerns a phone device (inferred from the name).
    #[tapi(doc(
        fr = "Les données concernent un périphérique téléphonique (sens déduit du nom).",
        de = "Die Daten betreffen ein Telefongerät (aus dem Namen abgeleitet)."
    ))]
    Phone = 0x0000_0005,
    /// The data concerns an address of a line (inferred from the name).
    #[tapi(doc(
        fr = "Les données concernent une adresse d’une ligne (sens déduit du nom).",
        de = "Die Daten betreffen eine Adresse einer Leitung (aus dem Namen abgeleitet)."
    ))]
    Address = 0x0000_0006,
}
