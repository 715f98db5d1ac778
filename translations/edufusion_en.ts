<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AppStartup</name>
    <message>
        <source>EduFusion Desk</source>
        <translation>EduFusion Desk</translation>
    </message>
    <message>
        <source>Open it anyway?</source>
        <translation>Open it anyway?</translation>
    </message>
    <message>
        <source>The demo data could not be added: %1</source>
        <translation>The demo data could not be added: %1</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>The file size cannot be negative.</source>
        <translation>The file size cannot be negative.</translation>
    </message>
    <message>
        <source>The file&apos;s checksum is missing or damaged.</source>
        <translation>The file&apos;s checksum is missing or damaged.</translation>
    </message>
    <message>
        <source>A file name cannot contain / or \.</source>
        <translation>A file name cannot contain / or \.</translation>
    </message>
    <message>
        <source>The file type is not recognised.</source>
        <translation>The file type is not recognised.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>%1 is larger than %2 MB; attach a smaller file.</source>
        <translation>%1 is larger than %2 MB; attach a smaller file.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Use capital letters, digits, - and /, such as EKTU-TP-2026-001.</source>
        <translation>Use capital letters, digits, - and /, such as EKTU-TP-2026-001.</translation>
    </message>
    <message>
        <source>Say why the certificate is revoked.</source>
        <translation>Say why the certificate is revoked.</translation>
    </message>
    <message>
        <source>Only a revoked certificate has a revocation date and reason.</source>
        <translation>Only a revoked certificate has a revocation date and reason.</translation>
    </message>
    <message>
        <source>A certificate cannot replace itself.</source>
        <translation>A certificate cannot replace itself.</translation>
    </message>
</context>
<context>
    <name>Course</name>
    <message>
        <source>Use capital letters, digits, - and ., such as EKTU-STEAM-101.</source>
        <translation>Use capital letters, digits, - and ., such as EKTU-STEAM-101.</translation>
    </message>
    <message>
        <source>Enter the ECTS credits: more than 0, at most 60, in steps of 0.5.</source>
        <translation>Enter the ECTS credits: more than 0, at most 60, in steps of 0.5.</translation>
    </message>
    <message>
        <source>Choose the languages from Kazakh, Russian and English.</source>
        <translation>Choose the languages from Kazakh, Russian and English.</translation>
    </message>
    <message>
        <source>Each language is listed once.</source>
        <translation>Each language is listed once.</translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>A grade is given only when the course is completed or failed.</source>
        <translation>A grade is given only when the course is completed or failed.</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>A target cannot be negative.</source>
        <translation>A target cannot be negative.</translation>
    </message>
    <message>
        <source>A baseline cannot be negative.</source>
        <translation>A baseline cannot be negative.</translation>
    </message>
    <message>
        <source>A percentage target cannot be above 100.</source>
        <translation>A percentage target cannot be above 100.</translation>
    </message>
    <message>
        <source>Choose how the indicator is measured from the list.</source>
        <translation>Choose how the indicator is measured from the list.</translation>
    </message>
</context>
<context>
    <name>Institution</name>
    <message>
        <source>Enter the name in at least one language.</source>
        <translation>Enter the name in at least one language.</translation>
    </message>
    <message>
        <source>A BIN is issued only to organisations in Kazakhstan.</source>
        <translation>A BIN is issued only to organisations in Kazakhstan.</translation>
    </message>
    <message>
        <source>A BIN has 12 digits and the last one is a check digit; check the number.</source>
        <translation>A BIN has 12 digits and the last one is a check digit; check the number.</translation>
    </message>
    <message>
        <source>A PIC has exactly 9 digits.</source>
        <translation>A PIC has exactly 9 digits.</translation>
    </message>
</context>
<context>
    <name>NationalGenerator</name>
    <message>
        <source>%1 already exists; choose a new file name for the generated store.</source>
        <translation>%1 already exists; choose a new file name for the generated store.</translation>
    </message>
</context>
<context>
    <name>Offering</name>
    <message>
        <source>Choose a semester.</source>
        <translation>Choose a semester.</translation>
    </message>
    <message>
        <source>Choose Kazakh, Russian or English.</source>
        <translation>Choose Kazakh, Russian or English.</translation>
    </message>
    <message>
        <source>Enter a capacity of at least 1, or leave it empty.</source>
        <translation>Enter a capacity of at least 1, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>Partnership</name>
    <message>
        <source>The partner must be another institution than the university.</source>
        <translation>The partner must be another institution than the university.</translation>
    </message>
    <message>
        <source>Enter the date the agreement was signed.</source>
        <translation>Enter the date the agreement was signed.</translation>
    </message>
    <message>
        <source>Enter zero or more.</source>
        <translation>Enter zero or more.</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Choose the person&apos;s roles from the list.</source>
        <translation>Choose the person&apos;s roles from the list.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The selected record does not exist.</source>
        <translation>The selected record does not exist.</translation>
    </message>
    <message>
        <source>The selected record has been deleted.</source>
        <translation>The selected record has been deleted.</translation>
    </message>
    <message>
        <source>This value is already used by another record.</source>
        <translation>This value is already used by another record.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n field(s) need attention.</numerusform>
            <numerusform>%n field(s) need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>The record no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of EduFusion Desk (data format %2; this version reads up to %3). Install the newer version to open it; the file has not been changed.</source>
        <translation>The data file %1 was written by a newer version of EduFusion Desk (data format %2; this version reads up to %3). Install the newer version to open it; the file has not been changed.</translation>
    </message>
    <message>
        <source>The data file %1 is in %2. Files there can be corrupted while they are open; keep the data file on this computer&apos;s own disk.</source>
        <translation>The data file %1 is in %2. Files there can be corrupted while they are open; keep the data file on this computer&apos;s own disk.</translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened: %2</source>
        <translation>The data file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The data file could not be upgraded to data format %1; it has been left as it was. Details: %2</source>
        <translation>The data file could not be upgraded to data format %1; it has been left as it was. Details: %2</translation>
    </message>
    <message>
        <source>The data file is busy in another program; try again in a moment.</source>
        <translation>The data file is busy in another program; try again in a moment.</translation>
    </message>
    <message>
        <source>The data file reported an error: %1</source>
        <translation>The data file reported an error: %1</translation>
    </message>
    <message>
        <source>Stopped. The work finished before stopping has been kept.</source>
        <translation>Stopped. The work finished before stopping has been kept.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>a network share</source>
        <translation>a network share</translation>
    </message>
    <message>
        <source>a folder synchronised by %1</source>
        <translation>a folder synchronised by %1</translation>
    </message>
</context>
<context>
    <name>TrainingEvent</name>
    <message>
        <source>Enter the city where the event takes place.</source>
        <translation>Enter the city where the event takes place.</translation>
    </message>
</context>
<context>
    <name>TrainingProgramme</name>
    <message>
        <source>Enter the programme&apos;s hours, from 1 to 2000.</source>
        <translation>Enter the programme&apos;s hours, from 1 to 2000.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Choose a record here.</source>
        <translation>Choose a record here.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Enter a valid date.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>Use at most %n character(s).</numerusform>
            <numerusform>Use at most %n character(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.kz.</source>
        <translation>Enter an e-mail address such as name@example.kz.</translation>
    </message>
    <message>
        <source>Enter a phone number of 7 to 15 digits, such as +7 727 377 33 33.</source>
        <translation>Enter a phone number of 7 to 15 digits, such as +7 727 377 33 33.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://.</source>
        <translation>Enter a web address starting with https://.</translation>
    </message>
    <message>
        <source>Enter a two-letter country code such as KZ.</source>
        <translation>Enter a two-letter country code such as KZ.</translation>
    </message>
    <message>
        <source>This date cannot be before %1.</source>
        <translation>This date cannot be before %1.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Enter a number from %1 to %2.</translation>
    </message>
    <message>
        <source>Use Latin letters only here.</source>
        <translation>Use Latin letters only here.</translation>
    </message>
    <message>
        <source>Enter the title in at least one language.</source>
        <translation>Enter the title in at least one language.</translation>
    </message>
</context>
<context>
    <name>ef::DashboardPage</name>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Training and certification</source>
        <translation>Training and certification</translation>
    </message>
    <message>
        <source>Course catalogue</source>
        <translation>Course catalogue</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Signed or active agreements</source>
        <translation>Signed or active agreements</translation>
    </message>
    <message>
        <source>Renewals due in 90 days</source>
        <translation>Renewals due in 90 days</translation>
    </message>
    <message>
        <source>Internships offered</source>
        <translation>Internships offered</translation>
    </message>
    <message>
        <source>Students placed</source>
        <translation>Students placed</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1 (target %2)</translation>
    </message>
    <message>
        <source>Educators certified</source>
        <translation>Educators certified</translation>
    </message>
    <message>
        <source>Certified to an international standard</source>
        <translation>Certified to an international standard</translation>
    </message>
    <message>
        <source>Training events this year</source>
        <translation>Training events this year</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Participations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Accredited courses</source>
        <translation>Accredited courses</translation>
    </message>
    <message>
        <source>Courses in the catalogue</source>
        <translation>Courses in the catalogue</translation>
    </message>
    <message>
        <source>Enrollments this semester</source>
        <translation>Enrollments this semester</translation>
    </message>
    <message>
        <source>Change from last semester</source>
        <translation>Change from last semester</translation>
    </message>
    <message>
        <source>Women among this semester&apos;s students</source>
        <translation>Women among this semester&apos;s students</translation>
    </message>
</context>
<context>
    <name>ef::MainWindow</name>
    <message>
        <source>EduFusion Desk</source>
        <translation>EduFusion Desk</translation>
    </message>
    <message>
        <source>Search people, institutions, agreements and courses (Ctrl+K)</source>
        <translation>Search people, institutions, agreements and courses (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>Data file: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About EduFusion Desk</source>
        <translation>&amp;About EduFusion Desk</translation>
    </message>
    <message>
        <source>About EduFusion Desk</source>
        <translation>About EduFusion Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;EduFusion Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Academia–industry partnerships, educator training and certification, and the STEAM and entrepreneurship course catalogue of the Erasmus+ EduFusion consortium, kept on this computer and usable offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;EduFusion Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Academia–industry partnerships, educator training and certification, and the STEAM and entrepreneurship course catalogue of the Erasmus+ EduFusion consortium, kept on this computer and usable offline.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Academia–industry partnerships, educator certification and the STEAM course catalogue of the EduFusion consortium.</source>
        <translation>Academia–industry partnerships, educator certification and the STEAM course catalogue of the EduFusion consortium.</translation>
    </message>
    <message>
        <source>Open this data file instead of the default one.</source>
        <translation>Open this data file instead of the default one.</translation>
    </message>
    <message>
        <source>Create a national-scale data file for tests and benchmarks, then exit.</source>
        <translation>Create a national-scale data file for tests and benchmarks, then exit.</translation>
    </message>
    <message>
        <source>With --generate-national: the fraction of the national scale (default 1).</source>
        <translation>With --generate-national: the fraction of the national scale (default 1).</translation>
    </message>
    <message>
        <source>Interface language: kk, ru or en.</source>
        <translation>Interface language: kk, ru or en.</translation>
    </message>
    <message>
        <source>Generating: %1 %</source>
        <translation>Generating: %1 %</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 rows written to %2</translation>
    </message>
</context>
</TS>
