<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>Message</name>
    <message>
        <source>Meeting no. {number} ({held_on}): its minutes were issued, so its record can no longer change; reopen it for correction to edit it</source>
        <comment>MinutesIssued</comment>
        <translation>제{number}차 회의({held_on})는 회의록이 확정되어 기록을 바꿀 수 없습니다. 고치려면 먼저 정정을 위해 다시 여세요</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: month {month} has only {days} days, not {day}</source>
        <comment>NoSuchDay</comment>
        <translation>{text:&apos;은} 날짜가 아닙니다. {month}월은 {days}일까지입니다 ({day}일은 없음)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: there is no month {month}</source>
        <comment>NoSuchMonth</comment>
        <translation>{text:&apos;은} 날짜가 아닙니다. {month}월은 없습니다</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time: hours go up to 23 and minutes up to 59</source>
        <comment>NoSuchTime</comment>
        <translation>{text:&apos;은} 시각이 아닙니다. 시는 23까지, 분은 59까지입니다</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: type it as 2019. 11. 28. or 2019-11-28</source>
        <comment>NotADate</comment>
        <translation>{text:&apos;은} 날짜가 아닙니다. 2019. 11. 28. 또는 2019-11-28처럼 입력하세요</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time: type it as 14:00</source>
        <comment>NotATime</comment>
        <translation>{text:&apos;은} 시각이 아닙니다. 14:00처럼 입력하세요</translation>
    </message>
</context>
</TS>
