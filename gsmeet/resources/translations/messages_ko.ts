<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>Message</name>
    <message>
        <source>{prefix}: the action item has no title</source>
        <comment>ActionHasNoTitle</comment>
        <translation>{prefix}: 조치사항의 내용이 없습니다</translation>
    </message>
    <message>
        <source>Action item &apos;{title}&apos; was reviewed at meeting no. {number}; it cannot be deleted</source>
        <comment>ActionReviewed</comment>
        <translation>조치사항 {title:&apos;은} 제{number}차 회의에서 점검되어 지울 수 없습니다</translation>
    </message>
    <message>
        <source>{path}: {count} action items written</source>
        <comment>ActionsWritten</comment>
        <translation>{path}: 조치사항 {count}건을 썼습니다</translation>
    </message>
    <message>
        <source>{meeting} was already held on {held_on}</source>
        <comment>AlreadyHeldThatDay</comment>
        <translation>{held_on}에는 이미 {meeting:이} 열렸습니다</translation>
    </message>
    <message>
        <source>{name} already left on {on}</source>
        <comment>AlreadyLeft</comment>
        <translation>{name:은} 이미 {on}에 해촉되었습니다</translation>
    </message>
    <message>
        <source>That {what} is already there (id {id})</source>
        <comment>AlreadyThere</comment>
        <translation>그 {what:이} 이미 있습니다 (ID {id})</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is already a top-level item</source>
        <comment>AlreadyTopLevel</comment>
        <translation>{title:&apos;은} 이미 최상위 안건입니다</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <comment>AndMore</comment>
        <translation>외 {count}건</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <comment>AutomaticBackupFailed</comment>
        <translation>경고: {problem}</translation>
    </message>
    <message>
        <source>Backed up {path} to {backup} ({counts}; verified)</source>
        <comment>BackedUp</comment>
        <translation>{path}을(를) {backup}에 백업했습니다 ({counts}, 검증됨)</translation>
    </message>
    <message>
        <source>The backup of {database} did not verify</source>
        <comment>BackupDidNotVerify</comment>
        <translation>{database}의 백업본이 검증되지 않았습니다</translation>
    </message>
    <message>
        <source>{database} could not be backed up: {reason}</source>
        <comment>BackupFailed</comment>
        <translation>{database:을} 백업하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>{backup} was made by a newer gsmeet (schema {revision}); update gsmeet to restore it</source>
        <comment>BackupFromNewerGsmeet</comment>
        <translation>{backup:은} 더 새로운 gsmeet(스키마 {revision})이 만든 백업입니다. gsmeet을 업데이트한 뒤 복원하세요</translation>
    </message>
    <message>
        <source>{backup} cannot be restored: it is not a sound gsmeet database ({problem})</source>
        <comment>BackupUnusable</comment>
        <translation>{backup:은} 온전한 gsmeet 데이터베이스가 아니어서 복원할 수 없습니다 ({problem})</translation>
    </message>
    <message>
        <source>{server} is a server database: its administrator backs it up (pg_dump); &apos;gsmeet export&apos; writes a copy of everything</source>
        <comment>BackupsOnTheServer</comment>
        <translation>{server:은} 서버 데이터베이스입니다. 백업은 서버 관리자가 합니다(pg_dump). &apos;gsmeet export&apos;로 전체 사본을 만들 수 있습니다</translation>
    </message>
    <message>
        <source>bad {header} &apos;{value}&apos; (use Y or N)</source>
        <comment>BadAllowance</comment>
        <translation>{header} 값 &apos;{value}&apos;을(를) 알 수 없습니다 (Y 또는 N)</translation>
    </message>
    <message>
        <source>{header}: {reason}</source>
        <comment>BadDate</comment>
        <translation>{header} 열: {reason}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a guest: write 성명|소속|직위</source>
        <comment>BadGuest</comment>
        <translation>{text:&apos;은} 내빈이 아닙니다. 성명|소속|직위 형식으로 쓰세요</translation>
    </message>
    <message>
        <source>A headcount of {count} is not a number of people</source>
        <comment>BadHeadcount</comment>
        <translation>참석 인원 {count}명은 사람 수가 될 수 없습니다</translation>
    </message>
    <message>
        <source>--keep {value}: give server, laptop, or NUMBER=server|laptop</source>
        <comment>BadKeep</comment>
        <translation>--keep {value}: server, laptop 또는 번호=server|laptop 형식으로 주세요</translation>
    </message>
    <message>
        <source>{number} is not a session number: numbers start at 1</source>
        <comment>BadNumber</comment>
        <translation>{number:은} 회차 번호가 될 수 없습니다. 회차는 1부터 시작합니다</translation>
    </message>
    <message>
        <source>A quorum of {numerator}/{denominator} is not a share of the members</source>
        <comment>BadQuorum</comment>
        <translation>정족수 {numerator}/{denominator}는 위원 수의 비율이 될 수 없습니다</translation>
    </message>
    <message>
        <source>--agenda &apos;{text}&apos;: write standing, empty or copy:REF (a session&apos;s number or date)</source>
        <comment>BadTemplate</comment>
        <translation>--agenda {text:&apos;은} 알 수 없는 값입니다. standing, empty 또는 copy:회의(회차나 날짜)로 쓰세요</translation>
    </message>
    <message>
        <source>The {what} cannot be blank</source>
        <comment>BlankField</comment>
        <translation>{what:은} 비워 둘 수 없습니다</translation>
    </message>
    <message>
        <source>blank name</source>
        <comment>BlankName</comment>
        <translation>성명이 비어 있음</translation>
    </message>
    <message>
        <source>{number}. {what} &apos;{name}&apos;: changed here{by} and on the laptop ({fields})</source>
        <comment>BothChanged</comment>
        <translation>{number}. {what} &apos;{name}&apos;: 여기서{by} 바뀌었고 노트북에서도 바뀌었습니다 ({fields})</translation>
    </message>
    <message>
        <source>{place}: text with a broken character (a lone UTF-16 surrogate)</source>
        <comment>BrokenCharacter</comment>
        <translation>{place}: 깨진 문자(짝 없는 UTF-16 대리 문자)가 든 텍스트입니다</translation>
    </message>
    <message>
        <source>{meeting} is back from {path}: {added} rows added, {changed} changed, {deleted} deleted; its checkout is released</source>
        <comment>BroughtBack</comment>
        <translation>{meeting:을} {path}에서 되가져왔습니다: {added}행 추가, {changed}행 변경, {deleted}행 삭제. 반출을 해제했습니다</translation>
    </message>
    <message>
        <source>{path} was brought back already (at {at}); nothing was changed</source>
        <comment>BroughtBackAlready</comment>
        <translation>{path}은(는) 이미 되가져온 파일입니다({at}). 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>Cancelled {session}</source>
        <comment>Cancelled</comment>
        <translation>회의를 취소했습니다: {session}</translation>
    </message>
    <message>
        <source>Cancelled {session} ({reason})</source>
        <comment>CancelledBecause</comment>
        <translation>회의를 취소했습니다: {session} ({reason})</translation>
    </message>
    <message>
        <source>no message could be written to this name and address</source>
        <comment>CannotBeWritten</comment>
        <translation>이 이름과 주소로는 메일을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>{database} was not replaced: keeping a copy of it first failed ({problem})</source>
        <comment>CannotKeepCurrent</comment>
        <translation>{database:을} 바꾸지 않았습니다. 먼저 사본을 남기는 데 실패했습니다 ({problem})</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <comment>CannotRead</comment>
        <translation>{path}: 읽을 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot write here ({reason})</source>
        <comment>CannotWrite</comment>
        <translation>{path}: 여기에 쓸 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>{header}: {length} characters is more than the {limit} allowed</source>
        <comment>CellTooLong</comment>
        <translation>{header}: {length}자로 허용 한도 {limit}자를 넘습니다</translation>
    </message>
    <message>
        <source> by {who} at {at}</source>
        <comment>ChangedBy</comment>
        <translation> {who:이} {at}에</translation>
    </message>
    <message>
        <source>{number}. {what} &apos;{name}&apos;: changed here{by}, deleted on the laptop</source>
        <comment>ChangedHereDeletedThere</comment>
        <translation>{number}. {what} &apos;{name}&apos;: 여기서{by} 바뀌었고 노트북에서는 지워졌습니다</translation>
    </message>
    <message>
        <source>{name} ({what}) was changed by {by} at {at} ({fields}) after your screen showed it; your change was not saved and the screen now shows theirs</source>
        <comment>ChangedMeanwhile</comment>
        <translation>{name}({what}): 화면에 표시된 뒤 {by:이} {at}에 바꾸었습니다({fields}). 이번 변경은 저장하지 않았고, 화면에 바뀐 내용을 다시 보여 줍니다</translation>
    </message>
    <message>
        <source>{path}: the register changed since the preview (row {row}); preview the file again</source>
        <comment>ChangedSincePreview</comment>
        <translation>{path}: 미리 본 뒤 위원 명부가 바뀌었습니다 ({row}행). 파일을 다시 미리 보세요</translation>
    </message>
    <message>
        <source>{meeting} changed while its minutes were being issued; try again</source>
        <comment>ChangedWhileIssuing</comment>
        <translation>회의록을 확정하는 사이에 {meeting:이} 바뀌었습니다. 다시 하세요</translation>
    </message>
    <message>
        <source>{path}: {count} problems</source>
        <comment>CheckFound</comment>
        <translation>{path}: 문제 {count}건</translation>
    </message>
    <message>
        <source>{path}: ok (schema {revision})</source>
        <comment>CheckPassed</comment>
        <translation>{path}: 이상 없음 (스키마 {revision})</translation>
    </message>
    <message>
        <source>{path}: {count} rows were changed both here and on the laptop; choose which to keep (--keep NUMBER=server|laptop, or --keep server|laptop for all); nothing was merged</source>
        <comment>ChooseForConflicts</comment>
        <translation>{path}: {count}개 행이 여기와 노트북 양쪽에서 바뀌었습니다. 어느 쪽을 남길지 고르세요(--keep 번호=server|laptop, 또는 모두 --keep server|laptop). 아무것도 합치지 않았습니다</translation>
    </message>
    <message>
        <source>Created {name} ({host}) in {path}: {subcommittees} sub-committees, secretary {secretary}</source>
        <comment>CommitteeCreated</comment>
        <translation>{path}에 {name}({host})를 만들었습니다: 분과 {subcommittees}개, 간사 {secretary}</translation>
    </message>
    <message>
        <source>This database already holds a committee named {name}</source>
        <comment>CommitteeExists</comment>
        <translation>이 데이터베이스에는 이미 {name:이} 있습니다</translation>
    </message>
    <message>
        <source>{on} is before the session ({held_on}): minutes are confirmed after it</source>
        <comment>ConfirmedBeforeHeld</comment>
        <translation>{on:은} 회의일({held_on})보다 앞섭니다. 회의록은 회의가 끝난 뒤에 확인합니다</translation>
    </message>
    <message>
        <source>Confirmed by {name} on {on}</source>
        <comment>ConfirmedBy</comment>
        <translation>{name:이} {on}에 확인했습니다</translation>
    </message>
    <message>
        <source>{server}: the connection to the server was lost; nothing of this change was saved</source>
        <comment>ConnectionLost</comment>
        <translation>{server}: 서버와의 연결이 끊겨 이번 변경은 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <comment>ConnectionRefused</comment>
        <translation>연결이 거부되었습니다</translation>
    </message>
    <message>
        <source>{meeting} in this copy was brought back to {source} at {returned_at}; it is recorded there now</source>
        <comment>CopyBroughtBack</comment>
        <translation>이 사본의 {meeting:은} {returned_at}에 {source}(으)로 되가져갔습니다. 이제 그곳에서 기록합니다</translation>
    </message>
    <message>
        <source>{path} exists; name a new file for the copy</source>
        <comment>CopyExists</comment>
        <translation>{path}이(가) 이미 있습니다. 사본을 만들 새 파일 이름을 주세요</translation>
    </message>
    <message>
        <source>{path} is itself a session taken offline; bring it back before taking one from it</source>
        <comment>CopyOfACopy</comment>
        <translation>{path}은(는) 반출된 회의의 사본입니다. 먼저 되가져간 뒤에 반출하세요</translation>
    </message>
    <message>
        <source>Name the session whose agenda is copied</source>
        <comment>CopyOfNothing</comment>
        <translation>안건을 복사할 회의를 정해 주세요</translation>
    </message>
    <message>
        <source>{sessions} sessions, {people} people, {remarks} remarks</source>
        <comment>Counts</comment>
        <translation>회의 {sessions}건, 인물 {people}명, 발언 {remarks}건</translation>
    </message>
    <message>
        <source>Vote counts go with a counted vote (찬성/반대/기권)</source>
        <comment>CountsWithoutVote</comment>
        <translation>찬성·반대·기권 수는 표결일 때만 적습니다</translation>
    </message>
    <message>
        <source>DAMAGED ({problem})</source>
        <comment>Damaged</comment>
        <translation>손상됨 ({problem})</translation>
    </message>
    <message>
        <source>{problem}; nothing was moved or changed, and it has no verified backup</source>
        <comment>DamagedNoBackup</comment>
        <translation>{problem}. 아무것도 옮기거나 바꾸지 않았으며, 검증된 백업이 없습니다</translation>
    </message>
    <message>
        <source>{problem}; nothing was moved or changed. Its newest verified backup is {backup} ({taken_at}: {sessions} sessions, {people} people, {remarks} remarks); restore it with &apos;gsmeet restore --db {path}&apos;</source>
        <comment>DamagedSeeBackup</comment>
        <translation>{problem}. 아무것도 옮기거나 바꾸지 않았습니다. 가장 최근의 검증된 백업은 {backup}입니다 ({taken_at}: 회의 {sessions}건, 인물 {people}명, 발언 {remarks}건). 복원하려면 &apos;gsmeet restore --db {path}&apos;</translation>
    </message>
    <message>
        <source>{path}: the file is busy in another program; try again</source>
        <comment>DatabaseBusy</comment>
        <translation>{path}: 다른 프로그램이 파일을 쓰고 있습니다. 잠시 뒤 다시 해 보세요</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({reason})</source>
        <comment>DatabaseCannotOpen</comment>
        <translation>{path} 파일을 열 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>{path} is damaged</source>
        <comment>DatabaseDamaged</comment>
        <translation>{path} 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>{path}: the disk reported an error; nothing was saved</source>
        <comment>DatabaseDiskError</comment>
        <translation>{path}: 디스크 오류가 났습니다. 아무것도 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>{path}: the disk is full; free some space and try again</source>
        <comment>DatabaseDiskFull</comment>
        <translation>{path}: 디스크가 가득 찼습니다. 공간을 비운 뒤 다시 해 보세요</translation>
    </message>
    <message>
        <source>{path} is read-only here ({reason}); gsmeet needs to write to it and its folder</source>
        <comment>DatabaseFolderReadOnly</comment>
        <translation>{path:은} 여기서 읽기 전용입니다 ({reason}). gsmeet은 이 파일과 그 폴더에 쓸 수 있어야 합니다</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <comment>DatabaseIsAFolder</comment>
        <translation>{path}: 폴더입니다. 데이터베이스 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{path} is damaged; nothing was saved</source>
        <comment>DatabaseMalformed</comment>
        <translation>{path:은} 손상되었습니다. 저장된 것은 없습니다</translation>
    </message>
    <message>
        <source>{path}: no such database</source>
        <comment>DatabaseNotFound</comment>
        <translation>{path}: 그런 데이터베이스가 없습니다</translation>
    </message>
    <message>
        <source>{path} is read-only; gsmeet needs to write to it and its folder</source>
        <comment>DatabaseNotWritable</comment>
        <translation>{path}: 읽기 전용입니다. gsmeet은 이 파일과 그 폴더에 쓸 수 있어야 합니다</translation>
    </message>
    <message>
        <source>{path}: the file is read-only; nothing was saved</source>
        <comment>DatabaseReadOnly</comment>
        <translation>{path}: 파일이 읽기 전용입니다. 아무것도 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>{path}: the database refused the change; nothing was saved</source>
        <comment>DatabaseRefused</comment>
        <translation>{path}: 데이터베이스가 변경을 거부했습니다. 아무것도 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>the database refused it</source>
        <comment>DatabaseSaidNo</comment>
        <translation>데이터베이스가 거부함</translation>
    </message>
    <message>
        <source>{server}: the server cannot be reached; check that it runs and the address</source>
        <comment>DatabaseServerUnreachable</comment>
        <translation>{server}: 서버에 연결할 수 없습니다. 서버가 실행 중인지, 주소가 맞는지 확인하세요</translation>
    </message>
    <message>
        <source>{path} cannot be read now ({reason}); nothing in it was changed</source>
        <comment>DatabaseUnreadableNow</comment>
        <translation>{path} 파일을 지금은 읽을 수 없습니다 ({reason}). 파일은 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>{path} cannot be opened</source>
        <comment>DatabaseWillNotOpen</comment>
        <translation>{path} 파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>A new due date goes with re-dating the action item</source>
        <comment>DateWithoutRedate</comment>
        <translation>새 기한은 기한을 조정할 때만 적습니다</translation>
    </message>
    <message>
        <source>{prefix}: the decision has no text</source>
        <comment>DecisionHasNoText</comment>
        <translation>{prefix}: 결정 내용이 없습니다</translation>
    </message>
    <message>
        <source>Deleted {session}</source>
        <comment>Deleted</comment>
        <translation>회의를 지웠습니다: {session}</translation>
    </message>
    <message>
        <source>{number}. {what} &apos;{name}&apos;: deleted here, changed on the laptop</source>
        <comment>DeletedHereChangedThere</comment>
        <translation>{number}. {what} &apos;{name}&apos;: 여기서는 지워졌고 노트북에서는 바뀌었습니다</translation>
    </message>
    <message>
        <source>The database already holds the committee {name}</source>
        <comment>DemoAlreadyThere</comment>
        <translation>이 데이터베이스에는 이미 {name:이} 있습니다</translation>
    </message>
    <message>
        <source>Created the demo committee in {path}</source>
        <comment>DemoCreated</comment>
        <translation>{path}에 데모 위원회를 만들었습니다</translation>
    </message>
    <message>
        <source>{server} already holds data; the demo committee goes into an empty database</source>
        <comment>DemoNeedsAnEmptyServerDatabase</comment>
        <translation>{server}에 이미 데이터가 있습니다. 예시 위원회는 빈 데이터베이스에만 만듭니다</translation>
    </message>
    <message>
        <source>{path} is a folder; name the database file</source>
        <comment>DemoPathIsAFolder</comment>
        <translation>{path}: 폴더입니다. 데이터베이스 파일 이름을 지정하세요</translation>
    </message>
    <message>
        <source>{path} already exists (use --force to replace it)</source>
        <comment>DemoWouldReplace</comment>
        <translation>{path} 파일이 이미 있습니다 (바꾸려면 --force)</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <comment>DiskFailed</comment>
        <translation>디스크 오류</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <comment>DiskFull</comment>
        <translation>디스크가 가득 참</translation>
    </message>
    <message>
        <source>{path}: drafts cannot be kept</source>
        <comment>DraftsCannotBeKept</comment>
        <translation>{path}: 작성 중인 글을 보관할 수 없습니다</translation>
    </message>
    <message>
        <source>The due date {due} is before the meeting&apos;s day ({held_on}); a due date lies ahead</source>
        <comment>DueBeforeMeeting</comment>
        <translation>기한 {due:이} 회의일({held_on})보다 앞섭니다. 기한은 앞날이어야 합니다</translation>
    </message>
    <message>
        <source>{token}: give the year (2019-09-30)</source>
        <comment>DueNeedsYear</comment>
        <translation>{token}: 연도까지 적으세요 (2019-09-30)</translation>
    </message>
    <message>
        <source>{name}: e-mail &apos;{value}&apos; has letters other than a-z, digits and signs before the @</source>
        <comment>EmailNotAscii</comment>
        <translation>{name}: 이메일 &apos;{value}&apos;의 @ 앞에 영문자·숫자·기호가 아닌 글자가 있습니다 (대부분의 메일 서버가 전달하지 못함)</translation>
    </message>
    <message>
        <source>{end_header} {end} is before {start_header} {start}</source>
        <comment>EndBeforeStart</comment>
        <translation>{end_header} {end:이} {start_header} {start}보다 앞섬</translation>
    </message>
    <message>
        <source>The session cannot end at {end} when it starts at {start}</source>
        <comment>EndsBeforeStart</comment>
        <translation>{start}에 시작하는 회의가 {end}에 끝날 수는 없습니다</translation>
    </message>
    <message>
        <source>{path}: {size} bytes is more than an export may be ({limit} bytes)</source>
        <comment>ExportTooBig</comment>
        <translation>{path}: {size}바이트로 내보내기 파일 한도({limit}바이트)를 넘습니다</translation>
    </message>
    <message>
        <source>Exported {count} rows to {path}</source>
        <comment>Exported</comment>
        <translation>{count}행을 {path}에 내보냈습니다</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <comment>FileBusy</comment>
        <translation>다른 프로그램이 사용 중</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <comment>FileDamaged</comment>
        <translation>파일이 손상됨</translation>
    </message>
    <message>
        <source>{path}: the file could not be used ({reason})</source>
        <comment>FileRefused</comment>
        <translation>{path}: 파일을 사용할 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot write in the folder {folder}</source>
        <comment>FolderNotWritable</comment>
        <translation>{path}: {folder} 폴더에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>{path}: a {kind} file&apos;s name ends {suffix}; rename it or leave out --format</source>
        <comment>FormatMismatch</comment>
        <translation>{path}: {kind} 파일의 이름은 확장자가 {suffix}여야 합니다. 이름을 바꾸거나 --format을 빼세요</translation>
    </message>
    <message>
        <source>warning: the fonts have no {char}; it was replaced ({where})</source>
        <comment>GlyphReplaced</comment>
        <translation>경고: 글꼴에 {char} 글자가 없어 바꿔 넣었습니다 ({where})</translation>
    </message>
    <message>
        <source>{name} ({what}) was deleted by someone else after your screen showed it; your change was not saved and the screen now shows what is left</source>
        <comment>GoneMeanwhile</comment>
        <translation>{name}({what}): 화면에 표시된 뒤 다른 사람이 삭제했습니다. 이번 변경은 저장하지 않았고, 화면에 남은 내용을 다시 보여 줍니다</translation>
    </message>
    <message>
        <source>&apos;#&apos; has no meaning in it</source>
        <comment>HasAFragment</comment>
        <translation>&apos;#&apos;은 주소에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>{name} has left; reactivate them first</source>
        <comment>HasLeft</comment>
        <translation>{name:은} 해촉되었습니다. 먼저 해촉을 취소하세요</translation>
    </message>
    <message>
        <source>This member has not left</source>
        <comment>HasNotLeft</comment>
        <translation>이 위원은 해촉되지 않았습니다</translation>
    </message>
    <message>
        <source>{meeting} has {what} recorded; it cannot be deleted (cancel it instead)</source>
        <comment>HasRecords</comment>
        <translation>{meeting}에는 {what:이} 기록되어 있어 지울 수 없습니다. 대신 취소하세요</translation>
    </message>
    <message>
        <source>Meeting no. {number} was held already; reopen it instead</source>
        <comment>HeldAlready</comment>
        <translation>제{number}차 회의는 이미 열렸습니다. 다시 열려면 회의를 재개하세요</translation>
    </message>
    <message>
        <source>{meeting} has begun ({status}); only a session not yet held is cancelled</source>
        <comment>HeldCannotBeCancelled</comment>
        <translation>{meeting:은} 이미 시작되었습니다({status}). 열리지 않은 회의만 취소할 수 있습니다</translation>
    </message>
    <message>
        <source>{meeting} has begun ({status}); only a session not yet held is postponed</source>
        <comment>HeldCannotMove</comment>
        <translation>{meeting:은} 이미 시작되었습니다({status}). 열리지 않은 회의만 연기할 수 있습니다</translation>
    </message>
    <message>
        <source>{path} already holds data; import into a new database file</source>
        <comment>HoldsData</comment>
        <translation>{path}에는 이미 자료가 있습니다. 새 데이터베이스 파일로 가져오세요</translation>
    </message>
    <message>
        <source>{place}: id {id} appears twice</source>
        <comment>IdTwice</comment>
        <translation>{place}: ID {id}이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>Imported {count} rows into {path}</source>
        <comment>Imported</comment>
        <translation>{count}행을 {path}에 가져왔습니다</translation>
    </message>
    <message>
        <source>integrity: {verdict}</source>
        <comment>IntegrityProblem</comment>
        <translation>무결성 오류: {verdict}</translation>
    </message>
    <message>
        <source>{name}: malformed e-mail &apos;{value}&apos;</source>
        <comment>InvalidEmail</comment>
        <translation>{name}: {value:&apos;은} 올바른 이메일 주소가 아닙니다</translation>
    </message>
    <message>
        <source>{path}: {count} invalid rows, nothing imported: {problems:;}</source>
        <comment>InvalidRows</comment>
        <translation>{path}: 잘못된 행이 {count}개여서 아무것도 가져오지 않았습니다: {problems:;}</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <comment>IsAFolder</comment>
        <translation>폴더임</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose another file to write</source>
        <comment>IsTheDatabase</comment>
        <translation>{path}: 데이터베이스 파일 자체입니다. 쓸 다른 파일을 고르세요</translation>
    </message>
    <message>
        <source>Issuing the minutes failed: {reason}</source>
        <comment>IssueFailed</comment>
        <translation>회의록을 확정하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>Version {version} of the minutes of {meeting} is issued; record a correction or reopen it for correction first</source>
        <comment>IssuedAlready</comment>
        <translation>{meeting} 회의록 제{version}판은 확정되었습니다. 먼저 정정을 기록하거나 정정을 위해 다시 여세요</translation>
    </message>
    <message>
        <source>Issued version {version} as {path}</source>
        <comment>IssuedAs</comment>
        <translation>{version}판을 확정해 {path}에 썼습니다</translation>
    </message>
    <message>
        <source>An agenda item needs a title</source>
        <comment>ItemNeedsTitle</comment>
        <translation>안건에는 제목이 있어야 합니다</translation>
    </message>
    <message>
        <source>Agenda item {id} is not in this meeting</source>
        <comment>ItemNotInMeeting</comment>
        <translation>안건 {id:은} 이 회의의 안건이 아닙니다</translation>
    </message>
    <message>
        <source>The file it replaced is kept as the backup {path}</source>
        <comment>KeptAsBackup</comment>
        <translation>바뀌기 전 파일은 백업본 {path}(으)로 보관했습니다</translation>
    </message>
    <message>
        <source>The kept file of version {version} of the minutes of {meeting} does not match its SHA-256 {sha}: the database is damaged; restore a backup (File ▸ Backups…)</source>
        <comment>KeptFileDamaged</comment>
        <translation>{meeting} 회의록 제{version}판의 보관 파일이 기록된 SHA-256({sha})과 맞지 않습니다. 데이터베이스가 손상되었으니 백업에서 복원하세요(파일 ▸ 백업…)</translation>
    </message>
    <message>
        <source>{number}. {what} &apos;{name}&apos;: kept the {side} version</source>
        <comment>KeptSide</comment>
        <translation>{number}. {what} &apos;{name}&apos;: {side} 쪽 내용을 남겼습니다</translation>
    </message>
    <message>
        <source>{path}: the key &quot;{key}&quot; appears twice in one object</source>
        <comment>KeyTwice</comment>
        <translation>{path}: 한 객체에 키 {key:&apos;이} 두 번 있습니다</translation>
    </message>
    <message>
        <source>{path}: the key &quot;{key}&quot; appears twice in the row with id {id}</source>
        <comment>KeyTwiceInRow</comment>
        <translation>{path}: id {id}인 행에 키 {key:&apos;이} 두 번 있습니다</translation>
    </message>
    <message>
        <source>{committee} already has a kind of session called {name}</source>
        <comment>KindExists</comment>
        <translation>{committee}에는 이미 이름이 {name}인 회의 종류가 있습니다</translation>
    </message>
    <message>
        <source>{kind} is no longer used for new sessions (retired)</source>
        <comment>KindRetired</comment>
        <translation>{kind:은} 더 이상 새 회의에 쓰지 않는 종류입니다(사용 중지)</translation>
    </message>
    <message>
        <source>{name} has a later membership; edit that one</source>
        <comment>LaterMembership</comment>
        <translation>{name}에게 더 나중의 위촉 기록이 있습니다. 그 기록을 고치세요</translation>
    </message>
    <message>
        <source>{name} cannot leave before joining ({joined})</source>
        <comment>LeavesBeforeJoining</comment>
        <translation>{name:은} 위촉일({joined}) 전에 해촉될 수 없습니다</translation>
    </message>
    <message>
        <source>{name} left on {on:weekday}</source>
        <comment>Left</comment>
        <translation>{name:은} {on:weekday}부터 해촉되었습니다</translation>
    </message>
    <message>
        <source>{header} {left} is before the term began ({start})</source>
        <comment>LeftBeforeJoining</comment>
        <translation>{header} {left:이} 위촉일 {start}보다 앞섬</translation>
    </message>
    <message>
        <source>{path} was left in the middle of a change (a crash) and is on a read-only disk or folder, so it cannot be recovered here; open it once where it can be written</source>
        <comment>LeftMidWriteReadOnly</comment>
        <translation>{path:은} 변경 도중 중단된 채(비정상 종료) 읽기 전용 디스크나 폴더에 있어 여기서는 복구할 수 없습니다. 쓸 수 있는 곳에서 한 번 여세요</translation>
    </message>
    <message>
        <source>Meeting no. {number} was last run live by {holder} on {host}, with no sign of that screen since {renewed}; take it over if that screen is closed</source>
        <comment>LeftRunning</comment>
        <translation>제{number}차 회의는 {host}에서 {holder:이} 마지막으로 진행했고, {renewed} 이후 그 화면의 응답이 없습니다. 그 화면이 닫혔다면 넘겨받으세요</translation>
    </message>
    <message>
        <source>{header} of a new member needs the term&apos;s start ({start_header})</source>
        <comment>LeftWithoutStart</comment>
        <translation>새 위원의 {header:은} {start_header}과 함께 적어야 함</translation>
    </message>
    <message>
        <source>e-mail &apos;{value}&apos; has letters other than a-z, digits and signs before the @</source>
        <comment>LocalPartNotAscii</comment>
        <translation>이메일 &apos;{value}&apos;의 @ 앞에 영문자·숫자·기호가 아닌 글자가 있습니다</translation>
    </message>
    <message>
        <source>{server} offers no login (AUTH) on this connection; nothing was sent</source>
        <comment>LoginNotOffered</comment>
        <translation>{server}: 이 연결에서는 로그인(AUTH)을 받지 않습니다. 아무것도 보내지 않았습니다</translation>
    </message>
    <message>
        <source>{server} refused the login of {user}: {reply}; nothing was sent</source>
        <comment>LoginRefused</comment>
        <translation>{server}: {user} 로그인이 거부되었습니다: {reply}. 아무것도 보내지 않았습니다</translation>
    </message>
    <message>
        <source>malformed e-mail &apos;{value}&apos;</source>
        <comment>MalformedEmail</comment>
        <translation>올바르지 않은 이메일 &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>{count} correction(s) change what was said and are not yet confirmed by the speaker or the chair (corrections {ids}); confirm them first</source>
        <comment>MeaningNotConfirmed</comment>
        <translation>발언의 뜻을 바꾸는 정정 {count}건이 아직 발언자나 위원장의 확인을 받지 못했습니다(정정 {ids}). 먼저 확인을 받으세요</translation>
    </message>
    <message>
        <source>This membership is in recorded meetings; deactivate it instead</source>
        <comment>MembershipRecorded</comment>
        <translation>이 위촉 기록은 기록된 회의에 나옵니다. 지우지 말고 해촉하세요</translation>
    </message>
    <message>
        <source>What the laptop recorded breaks a rule of this database ({rule}); nothing was merged</source>
        <comment>MergeBreaksRule</comment>
        <translation>노트북에서 기록한 내용이 이 데이터베이스의 규칙({rule})에 어긋납니다. 아무것도 합치지 않았습니다</translation>
    </message>
    <message>
        <source>{path}: the migration to schema {revision} committed part of its work on its own, so the upgrade is not one transaction (a defect in gsmeet: please report it)</source>
        <comment>MigrationCommittedEarly</comment>
        <translation>{path}: 스키마 {revision:으로} 올리는 작업 일부가 따로 확정되어 한 트랜잭션이 아니게 되었습니다 (gsmeet의 결함이니 알려 주세요)</translation>
    </message>
    <message>
        <source>{path}: a migration tried to run &apos;{statement}&apos;, which would break the upgrade&apos;s one transaction; nothing was changed (a defect in gsmeet: please report it)</source>
        <comment>MigrationStatementRefused</comment>
        <translation>{path}: 업그레이드 중 &apos;{statement}&apos; 실행은 한 트랜잭션을 깨뜨리므로 거부했습니다. 바뀐 것은 없습니다 (gsmeet의 결함이니 알려 주세요)</translation>
    </message>
    <message>
        <source>Meeting no. {number} ({held_on}): its minutes were issued, so its record can no longer change; reopen it for correction to edit it</source>
        <comment>MinutesIssued</comment>
        <translation>제{number}차 회의({held_on})는 회의록이 확정되어 기록을 바꿀 수 없습니다. 고치려면 먼저 정정을 위해 다시 여세요</translation>
    </message>
    <message>
        <source>{place}: missing field &quot;{name}&quot;</source>
        <comment>MissingField</comment>
        <translation>{place}: &quot;{name}&quot; 항목이 없습니다</translation>
    </message>
    <message>
        <source>{table} row {row} refers to a missing {parent}</source>
        <comment>MissingReference</comment>
        <translation>{table} 표의 {row}번 행이 없는 {parent} 항목을 가리킵니다</translation>
    </message>
    <message>
        <source>{place}: no {table} with id {id}</source>
        <comment>MissingTarget</comment>
        <translation>{place}: ID가 {id}인 {table} 행이 없습니다</translation>
    </message>
    <message>
        <source>the first {count} hits are shown; there are more (--limit N shows more)</source>
        <comment>MoreHits</comment>
        <translation>처음 {count}건만 보였습니다. 더 있습니다(--limit N으로 더 보기)</translation>
    </message>
    <message>
        <source>The file it replaced could not be backed up; it was moved to {path}</source>
        <comment>MovedAside</comment>
        <translation>바뀌기 전 파일을 백업하지 못해 {path}(으)로 옮겨 두었습니다</translation>
    </message>
    <message>
        <source>the file moved aside, put back as it was</source>
        <comment>MovedBack</comment>
        <translation>옮겨 두었던 파일을 그대로 되돌려 놓음</translation>
    </message>
    <message>
        <source>{place}: must not be null</source>
        <comment>MustNotBeNull</comment>
        <translation>{place}: 비어 있을(null) 수 없습니다</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <comment>NameTooLong</comment>
        <translation>이름이 너무 김</translation>
    </message>
    <message>
        <source>The sub-committee {name} is named twice</source>
        <comment>NamedTwice</comment>
        <translation>분과 {name:이} 두 번 적혀 있습니다</translation>
    </message>
    <message>
        <source>{server}: &apos;gsmeet {command}&apos; works on a database file; a server database is backed up with pg_dump or &apos;gsmeet export&apos;</source>
        <comment>NeedsADatabaseFile</comment>
        <translation>{server}: &apos;gsmeet {command}&apos; 명령은 데이터베이스 파일에만 쓸 수 있습니다. 서버 데이터베이스는 pg_dump나 &apos;gsmeet export&apos;로 백업합니다</translation>
    </message>
    <message>
        <source>the server cannot take this address (it does not offer SMTPUTF8)</source>
        <comment>NeedsSmtpUtf8</comment>
        <translation>서버가 이 주소를 받을 수 없습니다 (SMTPUTF8을 지원하지 않음)</translation>
    </message>
    <message>
        <source>{path} needs an upgrade to schema {head}</source>
        <comment>NeedsUpgrade</comment>
        <translation>{path}: 스키마 {head:으로} 업그레이드해야 합니다</translation>
    </message>
    <message>
        <source>A vote count cannot be negative</source>
        <comment>NegativeCount</comment>
        <translation>표 수는 음수일 수 없습니다</translation>
    </message>
    <message>
        <source>{place}: nested deeper than an export ever is</source>
        <comment>NestedTooDeep</comment>
        <translation>{place}: 내보내기 파일에서는 있을 수 없을 만큼 깊이 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>no answer</source>
        <comment>NoAnswer</comment>
        <translation>응답이 없습니다</translation>
    </message>
    <message>
        <source>{database} has no verified backup to restore</source>
        <comment>NoBackupToRestore</comment>
        <translation>{database}에는 복원할 검증된 백업이 없습니다</translation>
    </message>
    <message>
        <source>{path} has no backups yet (make one with &apos;gsmeet backup --db {path}&apos;)</source>
        <comment>NoBackups</comment>
        <translation>{path}에는 아직 백업이 없습니다 (만들려면 &apos;gsmeet backup --db {path}&apos;)</translation>
    </message>
    <message>
        <source>This database holds no committee yet; create one with &apos;gsmeet committee new&apos;</source>
        <comment>NoCommittee</comment>
        <translation>이 데이터베이스에는 아직 위원회가 없습니다. &apos;gsmeet committee new&apos;로 만드세요</translation>
    </message>
    <message>
        <source>No committee named {name} in this database (it holds {names})</source>
        <comment>NoCommitteeNamed</comment>
        <translation>이 데이터베이스에는 이름이 {name}인 위원회가 없습니다(있는 위원회: {names})</translation>
    </message>
    <message>
        <source>{meeting} has no chair to confirm its minutes; set the session&apos;s chair first</source>
        <comment>NoConfirmer</comment>
        <translation>{meeting}에는 회의록을 확인할 주재자가 없습니다. 먼저 회의의 주재자를 정하세요</translation>
    </message>
    <message>
        <source>{url}: the address names no database (postgresql://USER@HOST/DATABASE)</source>
        <comment>NoDatabaseName</comment>
        <translation>{url}: 주소에 데이터베이스 이름이 없습니다 (postgresql://사용자@호스트/데이터베이스)</translation>
    </message>
    <message>
        <source>No database is open</source>
        <comment>NoDatabaseOpen</comment>
        <translation>열린 데이터베이스가 없습니다</translation>
    </message>
    <message>
        <source>{path}: no such database (without --quit-when-ready the window offers to create it; &apos;gsmeet demo --db&apos; makes the demo committee)</source>
        <comment>NoDatabaseToShow</comment>
        <translation>{path}: 그런 데이터베이스가 없습니다 (--quit-when-ready 없이 열면 창에서 새로 만들 수 있고, &apos;gsmeet demo --db&apos;로 데모 위원회를 만들 수 있습니다)</translation>
    </message>
    <message>
        <source>no display (neither DISPLAY nor WAYLAND_DISPLAY is set); to run without a screen, set QT_QPA_PLATFORM=offscreen</source>
        <comment>NoDisplay</comment>
        <translation>화면이 없습니다 (DISPLAY도 WAYLAND_DISPLAY도 없음). 화면 없이 실행하려면 QT_QPA_PLATFORM=offscreen을 설정하세요</translation>
    </message>
    <message>
        <source>{path}: no such folder</source>
        <comment>NoFolderFor</comment>
        <translation>{path}: 그런 폴더가 없습니다</translation>
    </message>
    <message>
        <source>it holds no gsmeet schema</source>
        <comment>NoGsmeetSchema</comment>
        <translation>gsmeet 스키마가 없음</translation>
    </message>
    <message>
        <source>No meeting number {number}</source>
        <comment>NoMeetingNumbered</comment>
        <translation>제{number}차 회의가 없습니다</translation>
    </message>
    <message>
        <source>No meeting on {on}</source>
        <comment>NoMeetingOn</comment>
        <translation>{on}에 열린 회의가 없습니다</translation>
    </message>
    <message>
        <source>{path}: no 성명 (name) column in the header row</source>
        <comment>NoNameColumn</comment>
        <translation>{path}: 머리글 행에 성명 열이 없습니다</translation>
    </message>
    <message>
        <source>no password for {user} at {server}: set GSMEET_SMTP_PASSWORD, keep it in the system&apos;s keyring, or run gsmeet where it can ask</source>
        <comment>NoPassword</comment>
        <translation>{server}의 {user} 암호가 없습니다. GSMEET_SMTP_PASSWORD를 설정하거나, 시스템 키링에 두거나, 물어볼 수 있는 곳에서 실행하세요</translation>
    </message>
    <message>
        <source>{server}: the server asks for a password; set PGPASSWORD or use a .pgpass file</source>
        <comment>NoPasswordToAsk</comment>
        <translation>{server}: 서버가 비밀번호를 요구합니다. PGPASSWORD 환경 변수나 .pgpass 파일로 알려 주세요</translation>
    </message>
    <message>
        <source>permission denied</source>
        <comment>NoPermission</comment>
        <translation>권한 없음</translation>
    </message>
    <message>
        <source>A correction says why it is made (the reason is printed in the errata)</source>
        <comment>NoReason</comment>
        <translation>정정에는 사유가 있어야 합니다(사유는 정오표에 인쇄됩니다)</translation>
    </message>
    <message>
        <source>{path}: the disk is full; free some space, then open it again</source>
        <comment>NoRoomToOpen</comment>
        <translation>{path}: 디스크가 가득 찼습니다. 공간을 비운 뒤 다시 열어 보세요</translation>
    </message>
    <message>
        <source>no gsmeet schema in this file</source>
        <comment>NoSchema</comment>
        <translation>이 파일에는 gsmeet 스키마가 없습니다</translation>
    </message>
    <message>
        <source>There is no session to run: every session was held already</source>
        <comment>NoSessionToRun</comment>
        <translation>진행할 회의가 없습니다. 모든 회의가 이미 열렸습니다</translation>
    </message>
    <message>
        <source>{path} is not a gsmeet database (no SQLite header)</source>
        <comment>NoSqliteHeader</comment>
        <translation>{path}: gsmeet 데이터베이스가 아닙니다 (SQLite 파일이 아님)</translation>
    </message>
    <message>
        <source>{server} does not offer STARTTLS; nothing was sent (try --ssl, or no encryption)</source>
        <comment>NoStartTls</comment>
        <translation>{server}: STARTTLS를 지원하지 않습니다. 아무것도 보내지 않았습니다(--ssl 또는 암호화 없이 시도하세요)</translation>
    </message>
    <message>
        <source>--strategy {number}: no strategy with that number</source>
        <comment>NoStrategyNumbered</comment>
        <translation>--strategy {number}: 그 번호의 전략이 없습니다</translation>
    </message>
    <message>
        <source>{committee} has no sub-committee named &apos;{name}&apos;; one of: {choices}</source>
        <comment>NoSubcommitteeNamed</comment>
        <translation>{committee}에는 이름이 &apos;{name}&apos;인 분과가 없습니다. 다음 중 하나: {choices}</translation>
    </message>
    <message>
        <source>{backup}: no such file</source>
        <comment>NoSuchBackupFile</comment>
        <translation>{backup}: 그런 파일이 없습니다</translation>
    </message>
    <message>
        <source>--keep {value}: there is no conflict {number} (there are {count})</source>
        <comment>NoSuchConflict</comment>
        <translation>--keep {value}: {number}번 충돌은 없습니다(충돌은 {count}개)</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <comment>NoSuchCopyFile</comment>
        <translation>{path}: 그런 파일이 없습니다</translation>
    </message>
    <message>
        <source>No correction with id {id} for {meeting}</source>
        <comment>NoSuchCorrection</comment>
        <translation>{meeting}에 번호 {id}인 정정이 없습니다</translation>
    </message>
    <message>
        <source>{path}: no such database (create one with &apos;gsmeet demo&apos;)</source>
        <comment>NoSuchDatabase</comment>
        <translation>{path}: 그런 데이터베이스가 없습니다 (&apos;gsmeet demo&apos;로 만들 수 있습니다)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: month {month} has only {days} days, not {day}</source>
        <comment>NoSuchDay</comment>
        <translation>{text:&apos;은} 날짜가 아닙니다. {month}월은 {days}일까지입니다 ({day}일은 없음)</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <comment>NoSuchFile</comment>
        <translation>{path}: 그런 파일이 없습니다</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <comment>NoSuchFolder</comment>
        <translation>{path}: {folder} 폴더가 없습니다</translation>
    </message>
    <message>
        <source>no such host</source>
        <comment>NoSuchHost</comment>
        <translation>그런 서버가 없습니다</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: there is no month {month}</source>
        <comment>NoSuchMonth</comment>
        <translation>{text:&apos;은} 날짜가 아닙니다. {month}월은 없습니다</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <comment>NoSuchPath</comment>
        <translation>없는 경로</translation>
    </message>
    <message>
        <source>No {what} with id {id}</source>
        <comment>NoSuchRecord</comment>
        <translation>{what:이} 없습니다 (ID {id})</translation>
    </message>
    <message>
        <source>{server}: the server has no database {database}</source>
        <comment>NoSuchServerDatabase</comment>
        <translation>{server}: 서버에 {database} 데이터베이스가 없습니다</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time: hours go up to 23 and minutes up to 59</source>
        <comment>NoSuchTime</comment>
        <translation>{text:&apos;은} 시각이 아닙니다. 시는 23까지, 분은 59까지입니다</translation>
    </message>
    <message>
        <source>{meeting} has no version {version} of its minutes (issued: {issued})</source>
        <comment>NoSuchVersion</comment>
        <translation>{meeting} 회의록에는 제{version}판이 없습니다(확정된 판: {issued})</translation>
    </message>
    <message>
        <source>{server} offers no login method gsmeet can use ({methods}); nothing was sent</source>
        <comment>NoUsableLogin</comment>
        <translation>{server}: gsmeet이 쓸 수 있는 로그인 방식이 없습니다 ({methods}). 아무것도 보내지 않았습니다</translation>
    </message>
    <message>
        <source>{meeting}: its minutes have not been issued, so there is no version {version}</source>
        <comment>NoVersions</comment>
        <translation>{meeting} 회의록은 확정되지 않아 제{version}판이 없습니다</translation>
    </message>
    <message>
        <source>no X server answers on display {display}; to run without a screen, set QT_QPA_PLATFORM=offscreen</source>
        <comment>NoXServer</comment>
        <translation>디스플레이 {display}에서 응답하는 X 서버가 없습니다. 화면 없이 실행하려면 QT_QPA_PLATFORM=offscreen을 설정하세요</translation>
    </message>
    <message>
        <source>No serving member of {committee} has a term to renew</source>
        <comment>NobodyToRenew</comment>
        <translation>{committee}에는 임기를 연장할 재임 위원이 없습니다</translation>
    </message>
    <message>
        <source>{meeting}: nobody to send to (no attendee has an e-mail address)</source>
        <comment>NobodyToSend</comment>
        <translation>{meeting}: 보낼 사람이 없습니다(이메일 주소가 있는 참석자가 없음)</translation>
    </message>
    <message>
        <source>No meeting has been held yet (--meeting latest)</source>
        <comment>NoneHeldYet</comment>
        <translation>아직 열린 회의가 없습니다 (--meeting latest)</translation>
    </message>
    <message>
        <source>No meeting &apos;{text}&apos;: none of {sessions:;} is &apos;{which}&apos;</source>
        <comment>NoneOfThese</comment>
        <translation>&apos;{text}&apos;인 회의가 없습니다: {sessions} 가운데 &apos;{which}&apos;에 해당하는 회의가 없습니다</translation>
    </message>
    <message>
        <source>{place}: {value} is not true or false</source>
        <comment>NotABoolean</comment>
        <translation>{place}: {value}은(는) 참/거짓(true/false)이 아닙니다</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is not a status briefing: it has no strategy</source>
        <comment>NotABriefing</comment>
        <translation>{title:&apos;은} 추진상황 보고가 아닙니다: 연결된 전략이 없습니다</translation>
    </message>
    <message>
        <source>{name} does not confirm the minutes of {meeting}; they are confirmed by {allowed}</source>
        <comment>NotAConfirmer</comment>
        <translation>{name:은} {meeting} 회의록을 확인하는 사람이 아닙니다. 확인하는 사람: {allowed}</translation>
    </message>
    <message>
        <source>{path} is not a session taken offline (gsmeet checkout makes one)</source>
        <comment>NotACopy</comment>
        <translation>{path}은(는) 반출된 회의가 아닙니다(gsmeet checkout으로 만듭니다)</translation>
    </message>
    <message>
        <source>{path}: row {row} cannot be read as CSV (a cell far too long, or a stray quote)</source>
        <comment>NotACsvRow</comment>
        <translation>{path}: {row}행을 CSV로 읽을 수 없습니다 (셀이 지나치게 길거나 따옴표가 어긋남)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: type it as 2019. 11. 28. or 2019-11-28</source>
        <comment>NotADate</comment>
        <translation>{text:&apos;은} 날짜가 아닙니다. 2019. 11. 28. 또는 2019-11-28처럼 입력하세요</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <comment>NotAFolder</comment>
        <translation>경로 중간에 폴더가 아닌 것이 있음</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a gsmeet database</source>
        <comment>NotAGsmeetDatabase</comment>
        <translation>{path}: SQLite 파일이지만 gsmeet 데이터베이스가 아닙니다</translation>
    </message>
    <message>
        <source>{server} holds tables but no gsmeet schema; give gsmeet a database of its own</source>
        <comment>NotAGsmeetServerDatabase</comment>
        <translation>{server}에는 다른 표가 있지만 gsmeet 스키마가 없습니다. gsmeet 전용 데이터베이스를 지정하세요</translation>
    </message>
    <message>
        <source>--meeting &apos;{text}&apos; is not a meeting number, a date or &apos;latest&apos;</source>
        <comment>NotAMeetingReference</comment>
        <translation>--meeting {text:&apos;은} 회의 차수도, 날짜도, &apos;latest&apos;도 아닙니다</translation>
    </message>
    <message>
        <source>{path}: {value} is not a number an export may hold</source>
        <comment>NotANumber</comment>
        <translation>{path}: {value:은} 내보내기 파일에 올 수 없는 수입니다</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of 1 or more</source>
        <comment>NotAPositiveNumber</comment>
        <translation>{text:&apos;은} 1 이상의 수가 아닙니다</translation>
    </message>
    <message>
        <source>{place}: &apos;{value}&apos; is not a real date</source>
        <comment>NotARealDate</comment>
        <translation>{place}: {value:&apos;은} 있는 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>{place}: &apos;{value}&apos; is not a real date and time</source>
        <comment>NotARealMoment</comment>
        <translation>{place}: {value:&apos;은} 있는 날짜와 시각이 아닙니다</translation>
    </message>
    <message>
        <source>{place}: &apos;{value}&apos; is not a real time</source>
        <comment>NotARealTime</comment>
        <translation>{place}: {value:&apos;은} 있는 시각이 아닙니다</translation>
    </message>
    <message>
        <source>{path}: not a roster file (save it as .xlsx or .csv)</source>
        <comment>NotARosterFile</comment>
        <translation>{path}: 명단 파일이 아닙니다 (.xlsx나 .csv로 저장하세요)</translation>
    </message>
    <message>
        <source>&apos;{sender}&apos; is not an e-mail address to send from</source>
        <comment>NotASender</comment>
        <translation>보내는 사람의 이메일 주소가 올바르지 않습니다: &apos;{sender}&apos;</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a server address: {problem}</source>
        <comment>NotAServerUrl</comment>
        <translation>{url:&apos;은} 서버 주소가 아닙니다: {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time: type it as 14:00</source>
        <comment>NotATime</comment>
        <translation>{text:&apos;은} 시각이 아닙니다. 14:00처럼 입력하세요</translation>
    </message>
    <message>
        <source>{place}: &apos;{value}&apos; is not a row identity (32 hexadecimal digits)</source>
        <comment>NotAUid</comment>
        <translation>{place}: {value:&apos;은} 행 식별자(16진수 32자리)가 아닙니다</translation>
    </message>
    <message>
        <source>{place}: {value} is not a whole number</source>
        <comment>NotAWholeNumber</comment>
        <translation>{place}: {value}은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <source>{path}: the action list is written as an Excel workbook; name a .xlsx file</source>
        <comment>NotAWorkbook</comment>
        <translation>{path}: 조치사항 목록은 엑셀 통합문서로 씁니다. .xlsx 파일 이름을 주세요</translation>
    </message>
    <message>
        <source>The next session must come after {meeting}, not on {held_on}; to enter an earlier session use &apos;gsmeet session new&apos;</source>
        <comment>NotAfter</comment>
        <translation>다음 회의는 {meeting} 뒤여야 합니다({held_on}은 안 됨). 그보다 이른 회의는 &apos;새 회의&apos;로 입력하세요</translation>
    </message>
    <message>
        <source>{name}: the term already runs to {end}, not only to {until}</source>
        <comment>NotAfterTerm</comment>
        <translation>{name}: 임기가 이미 {end}까지이므로 {until}까지로 연장할 수 없습니다</translation>
    </message>
    <message>
        <source>Action item &apos;{title}&apos; was not decided at an earlier meeting of this committee, so it is not reviewed here</source>
        <comment>NotAnEarlierAction</comment>
        <translation>조치사항 {title:&apos;은} 이 위원회의 이전 회의에서 정한 것이 아니어서 여기서 점검하지 않습니다</translation>
    </message>
    <message>
        <source>{where}: not a gsmeet export (no &quot;format&quot;: &quot;gsmeet&quot;)</source>
        <comment>NotAnExport</comment>
        <translation>{where}: gsmeet 내보내기 파일이 아닙니다 (&quot;format&quot;: &quot;gsmeet&quot; 없음)</translation>
    </message>
    <message>
        <source>Nothing to undo with: {kind}</source>
        <comment>NotAnUndo</comment>
        <translation>되돌릴 수 없는 대상입니다: {kind}</translation>
    </message>
    <message>
        <source>{place}: not base64 text (the bytes of a kept file)</source>
        <comment>NotBase64</comment>
        <translation>{place}: base64 글자가 아닙니다(보관 파일의 바이트)</translation>
    </message>
    <message>
        <source>The draft of {meeting} is not confirmed by {who} (or it changed since); record the confirmation first (&apos;gsmeet confirm&apos;), or issue it --unconfirmed</source>
        <comment>NotConfirmed</comment>
        <translation>{meeting} 회의록 초안을 {who:이} 확인하지 않았습니다(또는 확인 뒤 바뀌었습니다). 먼저 확인을 기록하거나(&apos;gsmeet confirm&apos;) --unconfirmed로 확정하세요</translation>
    </message>
    <message>
        <source>Meeting no. {number} has not been ended</source>
        <comment>NotEnded</comment>
        <translation>제{number}차 회의가 아직 끝나지 않았습니다</translation>
    </message>
    <message>
        <source>{path}: not a readable Excel file</source>
        <comment>NotExcel</comment>
        <translation>{path}: 읽을 수 있는 엑셀 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{meeting} was not held (it is {status}); prepare from a held session</source>
        <comment>NotHeld</comment>
        <translation>{meeting:은} 열리지 않았습니다(현재 {status}). 열린 회의를 바탕으로 준비하세요</translation>
    </message>
    <message>
        <source>{meeting} has not been held; its minutes cannot be issued</source>
        <comment>NotHeldNoMinutes</comment>
        <translation>{meeting:은} 열리지 않아 회의록을 확정할 수 없습니다</translation>
    </message>
    <message>
        <source>{meeting} has not been held; there are no minutes to confirm yet</source>
        <comment>NotHeldYet</comment>
        <translation>{meeting:은} 아직 열리지 않아 확인할 회의록이 없습니다</translation>
    </message>
    <message>
        <source>Meeting no. {number} is not in progress; start it first</source>
        <comment>NotInProgress</comment>
        <translation>제{number}차 회의가 진행 중이 아닙니다. 먼저 회의를 시작하세요</translation>
    </message>
    <message>
        <source>The record of {meeting} has no {target} {id}</source>
        <comment>NotInRecord</comment>
        <translation>{meeting} 기록에 {target} {id:이} 없습니다</translation>
    </message>
    <message>
        <source>This file is a copy of {meeting} taken offline from {source}; other sessions are edited there</source>
        <comment>NotInThisCopy</comment>
        <translation>이 파일은 {source}에서 반출한 {meeting}의 사본입니다. 다른 회의는 그곳에서 편집합니다</translation>
    </message>
    <message>
        <source>{meeting}: its minutes have not been issued</source>
        <comment>NotIssued</comment>
        <translation>{meeting} 회의록은 확정되지 않았습니다</translation>
    </message>
    <message>
        <source>{meeting}: its minutes have not been issued; change the record itself</source>
        <comment>NotIssuedYet</comment>
        <translation>{meeting} 회의록은 확정되지 않았습니다. 기록 자체를 고치세요</translation>
    </message>
    <message>
        <source>{path}: not valid JSON at line {line}, column {column}</source>
        <comment>NotJson</comment>
        <translation>{path}: {line}행 {column}열이 올바른 JSON이 아닙니다</translation>
    </message>
    <message>
        <source>Version {version} of the minutes of {meeting} was issued before gsmeet kept issued files: this copy is made again from the record, it is not the issued file (SHA-256 {sha})</source>
        <comment>NotKept</comment>
        <translation>{meeting} 회의록 제{version}판은 gsmeet이 확정본 파일을 보관하기 전에 확정되었습니다. 이 사본은 기록으로 다시 만든 것이며 확정본 파일이 아닙니다(SHA-256 {sha})</translation>
    </message>
    <message>
        <source>{path}: neither UTF-8 nor CP949 (EUC-KR) text</source>
        <comment>NotKoreanText</comment>
        <translation>{path}: UTF-8도 CP949(EUC-KR)도 아닌 텍스트입니다</translation>
    </message>
    <message>
        <source>{meeting} is already planned on {held_on} at {start}</source>
        <comment>NotMoved</comment>
        <translation>{meeting:은} 이미 {held_on} {start}에 예정되어 있습니다</translation>
    </message>
    <message>
        <source>{kind} sessions have no number; leave the number out</source>
        <comment>NotNumbered</comment>
        <translation>{kind:은} 회차 번호를 매기지 않습니다. 번호를 비워 두세요</translation>
    </message>
    <message>
        <source>{place}: &apos;{value}&apos; is not one of {allowed}</source>
        <comment>NotOneOf</comment>
        <translation>{place}: {value:&apos;은} 다음 중 하나가 아닙니다: {allowed}</translation>
    </message>
    <message>
        <source>{server}: {user} may not make this change on the server</source>
        <comment>NotPermitted</comment>
        <translation>{server}: {user:은} 서버에서 이 변경을 할 권한이 없습니다</translation>
    </message>
    <message>
        <source>{path}: version {version} was issued, but its file could not be written there ({reason}); write it again with &apos;gsmeet minutes --version {version}&apos;</source>
        <comment>NotPlaced</comment>
        <translation>{path}: 제{version}판은 확정되었지만 파일을 그곳에 쓰지 못했습니다({reason}). &apos;gsmeet minutes --version {version}&apos;으로 다시 쓰세요</translation>
    </message>
    <message>
        <source>not sent: {name} &lt;{address}&gt;: {reply}</source>
        <comment>NotSent</comment>
        <translation>보내지 못함: {name} &lt;{address}&gt;: {reply}</translation>
    </message>
    <message>
        <source>not sent: {name} &lt;{address}&gt;: the connection to the server was lost</source>
        <comment>NotSentConnectionLost</comment>
        <translation>보내지 못함: {name} &lt;{address}&gt;: 서버와의 연결이 끊겼습니다</translation>
    </message>
    <message>
        <source>{name} is not serving on {on}</source>
        <comment>NotServing</comment>
        <translation>{name:은} {on}에 재임 중이 아닙니다</translation>
    </message>
    <message>
        <source>the server did not take the message</source>
        <comment>NotTaken</comment>
        <translation>서버가 메일을 받지 않았습니다</translation>
    </message>
    <message>
        <source>{path} was taken offline from {source}, not from this database ({here})</source>
        <comment>NotTakenFromHere</comment>
        <translation>{path}은(는) 이 데이터베이스({here})가 아니라 {source}에서 반출한 것입니다</translation>
    </message>
    <message>
        <source>{place}: {value} is not text</source>
        <comment>NotText</comment>
        <translation>{place}: {value}은(는) 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>Not a removal of this kind: {kind}</source>
        <comment>NotThatRemoval</comment>
        <translation>이 종류의 삭제가 아닙니다: {kind}</translation>
    </message>
    <message>
        <source>{what} {id} belongs to another committee</source>
        <comment>NotThisCommittee</comment>
        <translation>{what} {id}번은 다른 위원회의 것입니다</translation>
    </message>
    <message>
        <source>its certificate is not trusted: {detail}</source>
        <comment>NotTrusted</comment>
        <translation>인증서를 신뢰할 수 없습니다: {detail}</translation>
    </message>
    <message>
        <source>Item {item} is not under item {parent}</source>
        <comment>NotUnderParent</comment>
        <translation>안건 {item:은} 안건 {parent} 아래에 있지 않습니다</translation>
    </message>
    <message>
        <source>tables: two rows share what must be unique ({columns})</source>
        <comment>NotUnique</comment>
        <translation>tables: 하나뿐이어야 할 값을 두 행이 같이 가집니다 ({columns})</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text</source>
        <comment>NotUtf8</comment>
        <translation>{path}: UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>The server does not answer: the entry is kept on this computer ({count} not yet on the server) and sent when the connection is back</source>
        <comment>NotYetOnServer</comment>
        <translation>서버가 응답하지 않습니다. 입력한 내용은 이 컴퓨터에 보관했고(서버에 아직 없음 {count}건), 연결이 돌아오면 저절로 보냅니다</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has no item above it to go under</source>
        <comment>NothingAbove</comment>
        <translation>{title:&apos;은} 위에 들어갈 안건이 없습니다</translation>
    </message>
    <message>
        <source>{meeting}: nothing to retry; every delivery on record went through</source>
        <comment>NothingFailed</comment>
        <translation>{meeting}: 다시 보낼 것이 없습니다. 기록된 발송이 모두 성공했습니다</translation>
    </message>
    <message>
        <source>{path}: {count} invalid rows; nothing imported (fix them, or use --only-valid to skip them)</source>
        <comment>NothingImported</comment>
        <translation>{path}: 잘못된 행이 {count}개여서 아무것도 가져오지 않았습니다 (고치거나 --only-valid로 건너뛰세요)</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one field</source>
        <comment>NothingToChange</comment>
        <translation>바꿀 것이 없습니다. 항목을 하나 이상 주세요</translation>
    </message>
    <message>
        <source>The correction changes nothing: the text already reads so</source>
        <comment>NothingToCorrect</comment>
        <translation>바뀌는 것이 없습니다. 이미 그렇게 적혀 있습니다</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <comment>NothingToSave</comment>
        <translation>저장할 내용이 없습니다</translation>
    </message>
    <message>
        <source>{database}: the restore kept nothing to put back</source>
        <comment>NothingToUndo</comment>
        <translation>{database}: 복원하면서 남긴 것이 없어 되돌릴 수 없습니다</translation>
    </message>
    <message>
        <source>warning: {notice}</source>
        <comment>Notice</comment>
        <translation>경고: {notice}</translation>
    </message>
    <message>
        <source>{place}: number {number} is also held by {other}</source>
        <comment>NumberHeldTwice</comment>
        <translation>{place}: 번호 {number:은} {other}에서도 쓰고 있습니다</translation>
    </message>
    <message>
        <source>{meeting} is back; its number {old} was taken meanwhile, so it is No. {new}</source>
        <comment>NumberMovedOnUndo</comment>
        <translation>{meeting:이} 되살아났습니다. 그사이 {old}차를 다른 회의가 써서 제{new}차가 되었습니다</translation>
    </message>
    <message>
        <source>A session on {held_on} comes before {other}, which holds No. {number}: give it a number ({free} is free)</source>
        <comment>NumberNeeded</comment>
        <translation>{held_on} 회의는 제{number}차인 {other}보다 앞섭니다. 회차 번호를 정해 주세요({free}차가 비어 있음)</translation>
    </message>
    <message>
        <source>A {kind} has a number: give one ({free} is free)</source>
        <comment>NumberRequired</comment>
        <translation>{kind:은} 회차 번호가 있어야 합니다. 번호를 정해 주세요({free}차가 비어 있음)</translation>
    </message>
    <message>
        <source>No. {number} of this series is already {other}; choose another number ({free} is free)</source>
        <comment>NumberTaken</comment>
        <translation>이 회차 계열의 제{number}차는 이미 {other}입니다. 다른 번호를 고르세요({free}차가 비어 있음)</translation>
    </message>
    <message>
        <source>{path}: a number of {digits} digits (an export&apos;s numbers have at most {limit})</source>
        <comment>NumberTooLong</comment>
        <translation>{path}: {digits}자리 수가 있습니다 (내보내기 파일의 수는 {limit}자리까지)</translation>
    </message>
    <message>
        <source>{tokens}: one due date per action item</source>
        <comment>OneDueDateOnly</comment>
        <translation>{tokens}: 조치사항 하나에 기한은 하나만 적습니다</translation>
    </message>
    <message>
        <source>{tokens}: one owner per action item</source>
        <comment>OneOwnerOnly</comment>
        <translation>{tokens}: 조치사항 하나에 담당은 한 명만 적습니다</translation>
    </message>
    <message>
        <source>{path} is open in another gsmeet (process {process} of {user} on {host}, since {since}); close it there first</source>
        <comment>OpenElsewhere</comment>
        <translation>{path:은} 다른 gsmeet에서 열려 있습니다 ({host}의 {user} 사용자, 프로세스 {process}, {since}부터). 그쪽에서 먼저 닫으세요</translation>
    </message>
    <message>
        <source>A strategy moves only among the tracks of its committee</source>
        <comment>OtherCommittee</comment>
        <translation>전략은 같은 위원회의 추진 분야 사이에서만 옮길 수 있습니다</translation>
    </message>
    <message>
        <source>Meeting no. {number} is still in progress; end it first</source>
        <comment>OtherInProgress</comment>
        <translation>제{number}차 회의가 아직 진행 중입니다. 먼저 그 회의를 끝내세요</translation>
    </message>
    <message>
        <source>system error {code}</source>
        <comment>OtherSystemError</comment>
        <translation>시스템 오류 {code}</translation>
    </message>
    <message>
        <source>{path}: entries not yet on the server cannot be kept on this computer</source>
        <comment>OutboxCannotBeKept</comment>
        <translation>{path}: 서버에 아직 보내지 못한 기록을 이 컴퓨터에 보관할 수 없습니다</translation>
    </message>
    <message>
        <source>{path} is a device, not a file; name a file to write</source>
        <comment>OutputIsADevice</comment>
        <translation>{path:은} 파일이 아니라 장치입니다. 쓸 파일 이름을 지정하세요</translation>
    </message>
    <message>
        <source>{path} is a folder; name the file to write</source>
        <comment>OutputIsAFolder</comment>
        <translation>{path}: 폴더입니다. 쓸 파일 이름을 지정하세요</translation>
    </message>
    <message>
        <source>{path} is a named pipe (FIFO), not a file; name a file to write</source>
        <comment>OutputIsAPipe</comment>
        <translation>{path:은} 파일이 아니라 이름 있는 파이프(FIFO)입니다. 쓸 파일 이름을 지정하세요</translation>
    </message>
    <message>
        <source>{path} is a socket, not a file; name a file to write</source>
        <comment>OutputIsASocket</comment>
        <translation>{path:은} 파일이 아니라 소켓입니다. 쓸 파일 이름을 지정하세요</translation>
    </message>
    <message>
        <source>{path} is not a regular file; name a file to write</source>
        <comment>OutputIsNotAFile</comment>
        <translation>{path:은} 일반 파일이 아닙니다. 쓸 파일 이름을 지정하세요</translation>
    </message>
    <message>
        <source>@{query}: {count} people have that name; choose the owner in the action item form</source>
        <comment>OwnerAmbiguous</comment>
        <translation>@{query}: 같은 이름이 {count}명입니다. 조치사항 양식에서 담당을 고르세요</translation>
    </message>
    <message>
        <source>{name} (has left)</source>
        <comment>OwnerHasLeft</comment>
        <translation>{name} (해촉)</translation>
    </message>
    <message>
        <source>{token}: the owner has no name</source>
        <comment>OwnerHasNoName</comment>
        <translation>{token}: 담당의 이름이 없습니다</translation>
    </message>
    <message>
        <source>{name} is not serving in the committee on {on}; give the action to a member</source>
        <comment>OwnerNotServing</comment>
        <translation>{name:은} {on}에 위원회에 재임 중이 아닙니다. 위원에게 맡기세요</translation>
    </message>
    <message>
        <source>Password for {user}</source>
        <comment>PasswordFor</comment>
        <translation>{user}의 비밀번호</translation>
    </message>
    <message>
        <source>{server}: the server asks for the password of {user}</source>
        <comment>PasswordNeeded</comment>
        <translation>{server}: 서버가 {user}의 비밀번호를 요구합니다</translation>
    </message>
    <message>
        <source>Type the password for {user}: there is none in GSMEET_SMTP_PASSWORD or the keyring</source>
        <comment>PasswordNotKnown</comment>
        <translation>{user}의 암호를 입력하세요. GSMEET_SMTP_PASSWORD에도 키링에도 없습니다</translation>
    </message>
    <message>
        <source>Planned minutes of &apos;{title}&apos; must be 0 to {most}, not {minutes}</source>
        <comment>PlannedMinutesOutOfRange</comment>
        <translation>&apos;{title}&apos;의 예정 시간은 0에서 {most}분 사이여야 합니다 ({minutes}분은 안 됨)</translation>
    </message>
    <message>
        <source>{meeting} is planned on {held_on}; it keeps its number</source>
        <comment>PlannedThatDay</comment>
        <translation>{held_on}에는 {meeting:이} 예정되어 있으며 그 회차 번호를 그대로 씁니다</translation>
    </message>
    <message>
        <source>the port is not a number</source>
        <comment>PortNotANumber</comment>
        <translation>포트가 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>Postponed {before} to {after}</source>
        <comment>Postponed</comment>
        <translation>회의를 옮겼습니다: {before} → {after}</translation>
    </message>
    <message>
        <source>Prepared {session}: {items} agenda items, {actions} open actions to review, {invitees} invitees</source>
        <comment>Prepared</comment>
        <translation>다음 회의를 준비했습니다: {session}, 안건 {items}건, 점검할 조치사항 {actions}건, 초청 {invitees}명</translation>
    </message>
    <message>
        <source>Prepared {session}: its agenda of {kept} items kept, {actions} open actions to review, {invitees} invitees</source>
        <comment>PreparedKeeping</comment>
        <translation>다음 회의를 준비했습니다: {session}, 있던 안건 {kept}건 유지, 점검할 조치사항 {actions}건, 초청 {invitees}명</translation>
    </message>
    <message>
        <source>{path}: previewed for another committee</source>
        <comment>PreviewOfAnotherCommittee</comment>
        <translation>{path}: 다른 위원회로 미리 본 명단입니다</translation>
    </message>
    <message>
        <source>Task &apos;{title}&apos;: progress must be 0 to 100 %</source>
        <comment>ProgressOutOfRange</comment>
        <translation>과제 &apos;{title}&apos;: 진척률은 0에서 100 % 사이여야 합니다</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <comment>ReadOnlyDisk</comment>
        <translation>읽기 전용 디스크</translation>
    </message>
    <message>
        <source>A re-dated action item needs its new due date</source>
        <comment>RedateNeedsDate</comment>
        <translation>기한을 조정하려면 새 기한을 적어야 합니다</translation>
    </message>
    <message>
        <source>{what} &apos;{name}&apos; recorded on the laptop refers to a {target} deleted here since the checkout; nothing was merged</source>
        <comment>ReferenceGone</comment>
        <translation>노트북에서 기록한 {what} &apos;{name}&apos;이(가) 반출 뒤 여기서 지워진 {target:을} 가리킵니다. 아무것도 합치지 않았습니다</translation>
    </message>
    <message>
        <source>Renewed {count} terms to {until:weekday}</source>
        <comment>Renewed</comment>
        <translation>임기 {count}건을 {until:weekday}까지 연장했습니다</translation>
    </message>
    <message>
        <source>{backup} did not restore cleanly</source>
        <comment>RestoreFailed</comment>
        <translation>{backup}에서 제대로 복원되지 않았습니다</translation>
    </message>
    <message>
        <source>Restored {path} from {source} ({counts})</source>
        <comment>RestoredFrom</comment>
        <translation>{source}에서 {path}을(를) 복원했습니다 ({counts})</translation>
    </message>
    <message>
        <source>Imported {path}: {new} new, {updated} updated, {unchanged} unchanged</source>
        <comment>RosterImported</comment>
        <translation>{path}을(를) 가져왔습니다: 새 위원 {new}명, 갱신 {updated}명, 변동 없음 {unchanged}명</translation>
    </message>
    <message>
        <source>Imported {path}: {new} new, {updated} updated, {unchanged} unchanged, {skipped} invalid skipped</source>
        <comment>RosterImportedSkipping</comment>
        <translation>{path}을(를) 가져왔습니다: 새 위원 {new}명, 갱신 {updated}명, 변동 없음 {unchanged}명, 잘못된 행 {skipped}개 건너뜀</translation>
    </message>
    <message>
        <source>{path}: {size} bytes is more than a roster may be ({limit} bytes)</source>
        <comment>RosterTooBig</comment>
        <translation>{path}: {size}바이트로 명단 파일 한도({limit}바이트)를 넘습니다</translation>
    </message>
    <message>
        <source>{path}: more than {limit} rows; a roster has at most {limit}</source>
        <comment>RosterTooManyRows</comment>
        <translation>{path}: {limit}행을 넘습니다. 명단은 {limit}행까지입니다</translation>
    </message>
    <message>
        <source>{path}: unpacks to {size} bytes, more than a roster may ({limit} bytes); it is not a roster (a zip bomb?)</source>
        <comment>RosterUnpacksTooBig</comment>
        <translation>{path}: 압축을 풀면 {size}바이트로 명단 한도({limit}바이트)를 넘습니다. 명단 파일이 아닙니다 (압축 폭탄?)</translation>
    </message>
    <message>
        <source>A new {table} row has no id yet</source>
        <comment>RowHasNoId</comment>
        <translation>새 {table} 행에 아직 ID가 없습니다</translation>
    </message>
    <message>
        <source>{path}: row {row}: {problems:;}</source>
        <comment>RowIsInvalid</comment>
        <translation>{path}: {row}행: {problems:;}</translation>
    </message>
    <message>
        <source>{place}: a row must be an object</source>
        <comment>RowNotAnObject</comment>
        <translation>{place}: 행은 객체여야 합니다</translation>
    </message>
    <message>
        <source>row {row}: {problems}</source>
        <comment>RowProblems</comment>
        <translation>{row}행: {problems}</translation>
    </message>
    <message>
        <source>Meeting no. {number} is being run live by {holder} on {host} (since {since}); this screen shows it read-only</source>
        <comment>RunElsewhere</comment>
        <translation>제{number}차 회의는 {host}에서 {holder:이} 진행 중입니다({since}부터). 이 화면에서는 보기만 할 수 있습니다</translation>
    </message>
    <message>
        <source>{meeting} is being run live by {holder} on {host}; take it offline once that screen is closed</source>
        <comment>RunLiveNow</comment>
        <translation>{meeting:은} {host}에서 {holder:이} 실시간으로 진행하고 있습니다. 그 화면을 닫은 뒤 반출하세요</translation>
    </message>
    <message>
        <source>same member as row {row}</source>
        <comment>SameMemberAs</comment>
        <translation>{row}행과 같은 위원</translation>
    </message>
    <message>
        <source>{count} people in {committee} are named {name}; tell them apart in the register</source>
        <comment>SamePersonTwice</comment>
        <translation>{committee}에 이름이 {name}인 사람이 {count}명 있습니다. 명부에서 구별해 주세요</translation>
    </message>
    <message>
        <source>{meeting}: its minutes were issued before; say what this correction changes (--changes), or record the corrections first</source>
        <comment>SayWhatChanged</comment>
        <translation>{meeting} 회의록은 이미 확정되었습니다. 이번 정정이 무엇을 바꾸는지 쓰거나(--changes) 먼저 정정을 기록하세요</translation>
    </message>
    <message>
        <source>schema differs: {difference}</source>
        <comment>SchemaDiffers</comment>
        <translation>스키마가 다릅니다: {difference}</translation>
    </message>
    <message>
        <source>{path} was written by a newer gsmeet (schema {revision}); update gsmeet to open it</source>
        <comment>SchemaIsNewer</comment>
        <translation>{path}: 더 새 gsmeet이 쓴 파일입니다 (스키마 {revision}). 열려면 gsmeet을 업데이트하세요</translation>
    </message>
    <message>
        <source>schema {revision} needs an upgrade to {head}</source>
        <comment>SchemaNeedsUpgrade</comment>
        <translation>스키마 {revision:은} {head:으로} 업그레이드해야 합니다</translation>
    </message>
    <message>
        <source>schema {revision} is newer than this gsmeet ({head})</source>
        <comment>SchemaTooNew</comment>
        <translation>스키마 {revision:은} 이 gsmeet({head})보다 새것입니다</translation>
    </message>
    <message>
        <source>search index {index}: missing (search would not find {table} rows)</source>
        <comment>SearchIndexMissing</comment>
        <translation>검색 색인 {index}: 없습니다({table} 행을 검색할 수 없음)</translation>
    </message>
    <message>
        <source>search index {index}: trigger {trigger} is missing (new rows would not be found)</source>
        <comment>SearchIndexNotKept</comment>
        <translation>검색 색인 {index}: 트리거({trigger})가 없습니다(새 행이 검색되지 않음)</translation>
    </message>
    <message>
        <source>search index {index}: {indexed} rows indexed, {rows} in {table}</source>
        <comment>SearchIndexStale</comment>
        <translation>검색 색인 {index}: 색인된 행 {indexed}개, {table}의 행 {rows}개</translation>
    </message>
    <message>
        <source>{server} refused the sender {sender}: {reply}; nothing was sent</source>
        <comment>SenderRefused</comment>
        <translation>{server}: 보내는 사람 {sender:을} 거부했습니다: {reply}. 아무것도 보내지 않았습니다</translation>
    </message>
    <message>
        <source>sent: {name} &lt;{address}&gt; ({files})</source>
        <comment>Sent</comment>
        <translation>보냄: {name} &lt;{address}&gt; ({files})</translation>
    </message>
    <message>
        <source>{server}: another change to the same rows is under way; try again</source>
        <comment>ServerBusy</comment>
        <translation>{server}: 같은 행을 다른 사람이 바꾸는 중입니다. 다시 시도하세요</translation>
    </message>
    <message>
        <source>{server} already holds data; import into an empty server database</source>
        <comment>ServerHoldsData</comment>
        <translation>{server}에 이미 데이터가 있습니다. 빈 서버 데이터베이스로 가져오세요</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <comment>ServerHungUp</comment>
        <translation>서버가 연결을 끊었습니다</translation>
    </message>
    <message>
        <source>{server} needs an upgrade to schema {head}, which {user} may not make; open it once as the database&apos;s owner</source>
        <comment>ServerNeedsUpgrade</comment>
        <translation>{server}의 스키마를 {head:으로} 올려야 하는데 {user:은} 그럴 권한이 없습니다. 데이터베이스 소유자로 한 번 여세요</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a mail server as HOST:PORT (e.g. smtp.example.kr:587)</source>
        <comment>ServerNotAHostPort</comment>
        <translation>{value:&apos;은} 메일 서버(호스트:포트, 예: smtp.example.kr:587)가 아닙니다</translation>
    </message>
    <message>
        <source>{server}: opened read-only; nothing was saved</source>
        <comment>ServerReadOnly</comment>
        <translation>{server}: 읽기 전용으로 열려 있어 아무것도 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>{server}: the server does not let {user} in; ask its administrator</source>
        <comment>ServerRefusedLogin</comment>
        <translation>{server}: 서버가 {user}의 접속을 허용하지 않습니다. 서버 관리자에게 문의하세요</translation>
    </message>
    <message>
        <source>the server replied {reply}</source>
        <comment>ServerReplied</comment>
        <translation>서버 응답: {reply}</translation>
    </message>
    <message>
        <source>{server} was written by a newer gsmeet (schema {revision}); update gsmeet to open it</source>
        <comment>ServerSchemaIsNewer</comment>
        <translation>{server:은} 더 새로운 gsmeet(스키마 {revision})가 쓴 데이터베이스입니다. gsmeet을 업데이트하세요</translation>
    </message>
    <message>
        <source>{server}: cannot connect ({reason}); nothing was sent</source>
        <comment>ServerUnreachable</comment>
        <translation>{server}: 연결할 수 없습니다({reason}). 아무것도 보내지 않았습니다</translation>
    </message>
    <message>
        <source>{meeting} has begun; it stays as it is</source>
        <comment>SessionBegun</comment>
        <translation>{meeting:은} 이미 시작되어 그대로 둡니다</translation>
    </message>
    <message>
        <source>{meeting} was cancelled; it stays as it was</source>
        <comment>SessionCancelled</comment>
        <translation>{meeting:은} 취소된 회의여서 그대로 둡니다</translation>
    </message>
    <message>
        <source>Changed {session}: {fields}</source>
        <comment>SessionChanged</comment>
        <translation>회의를 고쳤습니다: {session} ({fields})</translation>
    </message>
    <message>
        <source>Created {session}: {items} agenda items, {invitees} invitees, {actions} open actions to review</source>
        <comment>SessionCreated</comment>
        <translation>회의를 만들었습니다: {session}, 안건 {items}건, 초청 {invitees}명, 점검할 조치사항 {actions}건</translation>
    </message>
    <message>
        <source>{meeting} was taken offline by {holder} on {host} at {taken_at} (to {file}); it is recorded there until it is brought back (&apos;gsmeet checkin&apos;, or File ▸ Bring session back… in the window)</source>
        <comment>SessionIsOut</comment>
        <translation>{meeting:은} {holder:이} {taken_at}에 {host}의 {file}(으)로 반출했습니다. 되가져올 때까지(&apos;gsmeet checkin&apos; 또는 창의 파일 ▸ 반출한 회의 되가져오기…) 그곳에서 기록합니다</translation>
    </message>
    <message>
        <source>The session of {held_on}: its minutes were issued, so its record can no longer change; reopen it for correction to edit it</source>
        <comment>SessionMinutesIssued</comment>
        <translation>{held_on} 회의는 회의록이 확정되어 기록을 바꿀 수 없습니다. 고치려면 먼저 정정을 위해 다시 여세요</translation>
    </message>
    <message>
        <source>This database holds {count} committees ({names}); name one with --committee</source>
        <comment>SeveralCommittees</comment>
        <translation>이 데이터베이스에는 위원회가 {count}개 있습니다({names}). --committee로 하나를 정하세요</translation>
    </message>
    <message>
        <source>More than one meeting number {number} ({sessions:;}); add its sub-committee or kind, as in &apos;{number} {example}&apos;</source>
        <comment>SeveralNumbered</comment>
        <translation>제{number}차 회의가 여럿입니다({sessions}). 분과나 회의 종류를 덧붙이세요(예: &apos;{number} {example}&apos;)</translation>
    </message>
    <message>
        <source>More than one meeting on {on} ({sessions:;}); add its sub-committee or kind, as in &apos;{day} {example}&apos;</source>
        <comment>SeveralOn</comment>
        <translation>{on}에 열린 회의가 여럿입니다({sessions}). 분과나 회의 종류를 덧붙이세요(예: &apos;{day} {example}&apos;)</translation>
    </message>
    <message>
        <source>The record kept with issued minutes cannot be read ({detail})</source>
        <comment>SnapshotUnreadable</comment>
        <translation>확정본과 함께 보관한 기록을 읽을 수 없습니다({detail})</translation>
    </message>
    <message>
        <source>{failed} of {total} not sent; the same command with --retry sends only those</source>
        <comment>SomeNotSent</comment>
        <translation>{total}건 중 {failed}건을 보내지 못했습니다. 같은 명령에 --retry를 붙이면 그것만 다시 보냅니다</translation>
    </message>
    <message>
        <source>Strategy number {number} is already {name}</source>
        <comment>StrategyNumberTaken</comment>
        <translation>전략 {number}번은 이미 {name}입니다</translation>
    </message>
    <message>
        <source>{committee} already has a sub-committee named {name}</source>
        <comment>SubcommitteeExists</comment>
        <translation>{committee}에는 이미 이름이 {name}인 분과가 있습니다</translation>
    </message>
    <message>
        <source>A {kind} is held by one sub-committee: name it</source>
        <comment>SubcommitteeNeeded</comment>
        <translation>{kind:은} 한 분과가 여는 회의입니다. 분과를 정해 주세요</translation>
    </message>
    <message>
        <source>the system says: {detail}</source>
        <comment>SystemReason</comment>
        <translation>시스템 응답: {detail}</translation>
    </message>
    <message>
        <source>the system refused: {reason}</source>
        <comment>SystemRefused</comment>
        <translation>시스템이 거부했습니다: {reason}</translation>
    </message>
    <message>
        <source>{where}: tables.{table} must be a list</source>
        <comment>TableNotAList</comment>
        <translation>{where}: tables.{table}은(는) 목록이어야 합니다</translation>
    </message>
    <message>
        <source>{where}: &quot;tables&quot; must be an object</source>
        <comment>TablesNotAnObject</comment>
        <translation>{where}: &quot;tables&quot;는 객체여야 합니다</translation>
    </message>
    <message>
        <source>{meeting} was taken offline to {path}; it is recorded there until it is brought back with &apos;gsmeet checkin --db {source} {path}&apos;</source>
        <comment>TakenOffline</comment>
        <translation>{meeting:을} {path}(으)로 반출했습니다. 되가져올 때까지 그곳에서 기록합니다(&apos;gsmeet checkin --db {source} {path}&apos;)</translation>
    </message>
    <message>
        <source>Meeting no. {number} was taken over by {holder} on {host} at {since}; this screen shows it read-only now</source>
        <comment>TakenOver</comment>
        <translation>제{number}차 회의를 {host}의 {holder:이} {since}에 넘겨받았습니다. 이 화면에서는 이제 보기만 할 수 있습니다</translation>
    </message>
    <message>
        <source>Task &apos;{title}&apos; is already &apos;{status}&apos;</source>
        <comment>TaskAlreadyAt</comment>
        <translation>과제 {title:&apos;은} 이미 &apos;{status}&apos; 상태입니다</translation>
    </message>
    <message>
        <source>Task &apos;{title}&apos; changed again since; undo the later change first</source>
        <comment>TaskChangedSince</comment>
        <translation>과제 &apos;{title}&apos;의 상태가 그 뒤 다시 바뀌었습니다. 나중 변경을 먼저 되돌리세요</translation>
    </message>
    <message>
        <source>A task can only move within its committee</source>
        <comment>TaskLeavesCommittee</comment>
        <translation>과제는 같은 위원회 안에서만 옮길 수 있습니다</translation>
    </message>
    <message>
        <source>{name}: the term ends before it starts</source>
        <comment>TermEndsBeforeStart</comment>
        <translation>{name}: 임기만료일이 위촉일보다 앞섭니다</translation>
    </message>
    <message>
        <source>{count} members&apos; terms end before {on} ({names}); renew them (연임) in the register or with &apos;gsmeet member renew&apos;</source>
        <comment>TermsEnd</comment>
        <translation>위원 {count}명의 임기가 {on} 전에 끝납니다({names}). 위원 명부나 &apos;gsmeet member renew&apos;로 연임 처리하세요</translation>
    </message>
    <message>
        <source>warning: {notice}</source>
        <comment>TermsWarning</comment>
        <translation>경고: {notice}</translation>
    </message>
    <message>
        <source>{field}: {length} characters is more than the {limit} allowed</source>
        <comment>TextTooLong</comment>
        <translation>{field}: {length}자로 허용 한도 {limit}자를 넘습니다</translation>
    </message>
    <message>
        <source>{place}, {field}: {length} characters is more than the {limit} allowed</source>
        <comment>TextTooLongAt</comment>
        <translation>{place}, {field}: {length}자로 허용 한도 {limit}자를 넘습니다</translation>
    </message>
    <message>
        <source>{server}: the secure connection failed ({reason}); nothing was sent</source>
        <comment>TlsRefused</comment>
        <translation>{server}: 보안 연결에 실패했습니다({reason}). 아무것도 보내지 않았습니다</translation>
    </message>
    <message>
        <source>{place}: {value} is too large</source>
        <comment>TooLarge</comment>
        <translation>{place}: {value}은(는) 너무 큽니다</translation>
    </message>
    <message>
        <source>Entry {uid} is already stored as an entry of another kind</source>
        <comment>UidTaken</comment>
        <translation>항목 {uid:은} 이미 다른 종류의 항목으로 저장되어 있습니다</translation>
    </message>
    <message>
        <source>{place}: uid {uid} appears twice in the table</source>
        <comment>UidTwice</comment>
        <translation>{place}: 식별자(uid) {uid:이} 한 표에 두 번 나옵니다</translation>
    </message>
    <message>
        <source>{token}: close the quotes around the owner&apos;s name</source>
        <comment>UnclosedQuote</comment>
        <translation>{token}: 담당 이름의 따옴표를 닫으세요</translation>
    </message>
    <message>
        <source>Item &apos;{title}&apos; cannot go under itself</source>
        <comment>UnderItself</comment>
        <translation>안건 {title:&apos;은} 자기 아래로 들어갈 수 없습니다</translation>
    </message>
    <message>
        <source>{place}: unknown field &quot;{name}&quot;</source>
        <comment>UnknownField</comment>
        <translation>{place}: 알 수 없는 항목 &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>{path}: name a .pdf, .docx or .hwpx file (or give the format with --format)</source>
        <comment>UnknownFormat</comment>
        <translation>{path}: .pdf, .docx, .hwpx 파일 이름을 쓰세요(또는 --format으로 형식을 지정하세요)</translation>
    </message>
    <message>
        <source>An entry kept on this computer is of a kind this gsmeet does not know ({kind})</source>
        <comment>UnknownKeptEntry</comment>
        <translation>이 컴퓨터에 보관된 기록 중에 이 gsmeet이 모르는 종류가 있습니다({kind})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a kind of session of {committee}; one of: {choices}</source>
        <comment>UnknownKind</comment>
        <translation>{text:&apos;은} {committee}의 회의 종류가 아닙니다. 다음 중 하나: {choices}</translation>
    </message>
    <message>
        <source>No one named {name} in {committee}</source>
        <comment>UnknownPerson</comment>
        <translation>{committee}에 이름이 {name}인 사람이 없습니다</translation>
    </message>
    <message>
        <source>unknown role &apos;{value}&apos;</source>
        <comment>UnknownRole</comment>
        <translation>알 수 없는 구분 &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>unknown sub-committee &apos;{value}&apos;</source>
        <comment>UnknownSubcommittee</comment>
        <translation>없는 분과 &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>Cannot restore rows of unknown table &apos;{table}&apos;</source>
        <comment>UnknownTable</comment>
        <translation>알 수 없는 표 &apos;{table}&apos;의 행은 되돌릴 수 없습니다</translation>
    </message>
    <message>
        <source>{where}: unknown table &quot;{name}&quot;</source>
        <comment>UnknownTableName</comment>
        <translation>{where}: 알 수 없는 표 &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; cannot be corrected; one of: {allowed}</source>
        <comment>UnknownTarget</comment>
        <translation>&apos;{target}&apos;은(는) 정정할 수 없습니다. 정정할 수 있는 것: {allowed}</translation>
    </message>
    <message>
        <source>{where}: unknown format version {version} (this gsmeet reads {known})</source>
        <comment>UnknownVersion</comment>
        <translation>{where}: 알 수 없는 형식 버전 {version} (이 gsmeet은 {known}판을 읽습니다)</translation>
    </message>
    <message>
        <source>{path}: the upgrade to schema {revision} would leave {count} rows referring to missing rows (first: {first}); nothing was changed</source>
        <comment>UpgradeBrokeReferences</comment>
        <translation>{path}: 스키마 {revision:으로} 올리면 없는 행을 가리키는 행이 {count}개 생깁니다 (첫째: {first}). 바뀐 것은 없습니다</translation>
    </message>
    <message>
        <source>verified, {counts}</source>
        <comment>Verified</comment>
        <translation>검증됨, {counts}</translation>
    </message>
    <message>
        <source>{name} cannot confirm this correction; it is confirmed by {allowed}</source>
        <comment>WrongConfirmer</comment>
        <translation>{name:은} 이 정정을 확인할 수 없습니다. 확인하는 사람: {allowed}</translation>
    </message>
    <message>
        <source>{server}: the password of {user} was not accepted</source>
        <comment>WrongPassword</comment>
        <translation>{server}: {user}의 비밀번호가 맞지 않습니다</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <comment>Wrote</comment>
        <translation>{path}에 썼습니다</translation>
    </message>
</context>
</TS>
