<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Барлығын таңдау</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Бір қадам &amp;жоғары</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Бір қадам &amp;төмен</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Артқа өту</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Алға өту</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Жоғарғы бума</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Жоғарғы бумаға өту</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Жаңа бума жасау</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Жаңа бума жасау</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Тізім көрінісіне ауысу</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Толық көрініс</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Толық көрініске ауысу</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Бүйір тақтасы</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Орындар мен бетбелгілер</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Қарау орны:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Файл &amp;атауы:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файл түрлері:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Бума:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Таңдау</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Басқаша сақтау</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Буманы табу</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Бумалар</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Атын өзгерту</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Жасырын файлдарды көрсету</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Жаңа бума</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Жаңа бума</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Соңғы орындар</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менің компьютерім</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Файл бумасы</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Төте жол</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 файлы</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Көрсету </translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Буманы жою мүмкін болмады.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>«%1» шынымен жойылсын ба?</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» жазудан қорғалған.
Бәрібір жою керек пе?</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 бұрыннан бар.
Оны ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл табылмады.
Файл атауының дұрыс жазылғанын тексеріңіз.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Бума табылмады.
Бума атауының дұрыс жазылғанын тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Өзгертілген күні</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менің компьютерім</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Файл атауы жарамсыз</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;«%1» атауын қолдануға болмайды.&lt;/b&gt;&lt;p&gt;Қысқалау немесе тыныс белгілері жоқ басқа атау қолданып көріңіз.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Қиып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Кө&amp;шіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Қою</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Толығырақ көрсету...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Толығырақ жасыру...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qt туралы&lt;/h3&gt;&lt;p&gt;Бұл бағдарлама Qt %1 нұсқасын пайдаланады.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Form</source>
        <translation>Пішін</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Қағаз</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Бет өлшемі:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ені:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Биіктігі:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Қағаз көзі:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Бағдары</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Кітаптық</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомдық</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Төңкерілген альбомдық</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Төңкерілген кітаптық</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Жиектер</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>жоғарғы жиек</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>сол жақ жиек</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>оң жақ жиек</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>төменгі жиек</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Бет орналасуы</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Беттер реті:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Парақтағы беттер саны:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Өзгеше</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Миллиметр (мм)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Дюйм (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Пункт (pt)</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>мм</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Б&amp;арлығына иә</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>&amp;Барлығына жоқ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Барлығын сақтау</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ысыру</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Әдепкі мәндер</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Басып шығару</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Параметрлер &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Параметрлер &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Файлға басып шығару (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Файлға басып шығару...</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Жергілікті файл</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF файлын жазу</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Барлық беттер</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Тақ беттер</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Жұп беттер</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Беттер дұрыс көрсетілмеген</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 дұрыс жазылмаған. Беттер мен аралықтарды «,» белгісімен бөліңіз, аралықты «-» белгісімен көрсетіңіз, аралықтар бір-бірімен қиылыспауы керек.</translation>
    </message>
    <message>
        <source>The 'From' value cannot be greater than the 'To' value.</source>
        <translation>«Бастап» мәні «дейін» мәнінен үлкен бола алмайды.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 бұрыннан бар.
Оны қайта жазу керек пе?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 — бума.
Басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>%1 файлына жазу мүмкін емес.
Басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Екі жақты басып шығару параметрлері қайшы</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Екі жақты басып шығару параметрлері бір-біріне қайшы. Оларды түзету керек пе?</translation>
    </message>
    <message>
        <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
        <translation>«Парақтағы беттер саны» мен «Беттер жиыны» параметрлерін бірге қолдануға болмайды.
Олардың бірін өшіріңіз.</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Солдан оңға, жоғарыдан төменге</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Солдан оңға, төменнен жоғарыға</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Оңнан солға, төменнен жоғарыға</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Оңнан солға, жоғарыдан төменге</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Төменнен жоғарыға, солдан оңға</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Төменнен жоғарыға, оңнан солға</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Жоғарыдан төменге, солдан оңға</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Жоғарыдан төменге, оңнан солға</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Басып шығаруды алдын ала қарау</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Бет параметрлері</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Бет параметрлері</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Келесі бет</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Алдыңғы бет</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Бірінші бет</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Соңғы бет</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Бетті толық көрсету</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Кітаптық</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомдық</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Бір бетті көрсету</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Қатар беттерді көрсету</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Барлық беттерді шолу</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDF-ке экспорттау</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Принтер қасиеттері</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Тапсырма параметрлері</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Бет параметрлері қайшы</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Қосымша параметрлер қайшы</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Бет параметрлері бір-біріне қайшы. Оларды түзету керек пе?</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Кейбір қосымша параметрлер бір-біріне қайшы. Оларды түзету керек пе?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>Пішін</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Қосымша</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Кейбір параметрлер бір-біріне қайшы. Оларды түзетіңіз.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Form</source>
        <translation>Пішін</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Даналар</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Даналар саны:</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Басып шығару ауқымы</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Барлығын басып шығару</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Беттер:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Ағымдағы бет</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Белгіленгені</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Беттер жиыны:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Даналап сұрыптау</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Кері ретпен</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Шығару параметрлері</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Түс режимі</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Түсті</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Сұр реңктер</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Екі жақты басып шығару</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Өшірулі</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Ұзын жағынан түптеу</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Қысқа жағынан түптеу</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Беттер мен аралықтарды үтір арқылы жазыңыз. Аралық сызықшамен бөлінген екі саннан тұрады. Мысалы: 3,5-7,9 — 3, 5, 6, 7 және 9-беттер басылады.</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Form</source>
        <translation>Пішін</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Қасиеттері</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Орналасуы:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Шығыс &amp;файлы:</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Осы жерге айналдыру</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Сол жақ шетке</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Басына</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Оң жақ шетке</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Соңына</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Бір бет солға</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Бір бет жоғары</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Бір бет оңға</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Бір бет төмен</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Солға айналдыру</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Жоғары айналдыру</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Оңға айналдыру</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Төмен айналдыру</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Бос орын</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Солға</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Оңға</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Кірістіру</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Қиып алу</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Қою</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Табу</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Бір бет жоғары</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Бір бет төмен</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Солға айналдыру</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Оңға айналдыру</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Unicode басқару таңбасын кірістіру</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM Солдан оңға белгісі</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM Оңнан солға белгісі</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ Ені нөлдік біріктіргіш</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ Ені нөлдік ажыратқыш</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP Ені нөлдік бос орын</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE Солдан оңға ендірудің басы</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE Оңнан солға ендірудің басы</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO Солдан оңға алмастырудың басы</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO Оңнан солға алмастырудың басы</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF Бағыт пішімінің соңы</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI Солдан оңға оқшаулау</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI Оңнан солға оқшаулау</translation>
    </message>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI Алғашқы күшті таңба бойынша оқшаулау</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI Бағытты оқшаулаудың соңы</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Қиып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Кө&amp;шіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Қою</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Сілтеменің &amp;мекенжайын көшіру</translation>
    </message>
</context>
</TS>
