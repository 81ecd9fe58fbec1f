<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="zh_CN">
<context>
    <name>ActionRegisterModel</name>
    <message>
        <location filename="../../actions/register_window.py" line="60"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="60"/>
        <source>问题</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="60"/>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="60"/>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="60"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="60"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="61"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="76"/>
        <source>（未填写措施）</source>
        <translation>(no measure written)</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="78"/>
        <source>未指定</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="80"/>
        <source>未定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="83"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="101"/>
        <source>措施：{measure}</source>
        <translation>Measure: {measure}</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="103"/>
        <source>按当前企业信息，本题已不适用。</source>
        <translation>With the current company profile this question no longer applies.</translation>
    </message>
</context>
<context>
    <name>ActionRegisterWindow</name>
    <message>
        <location filename="../../actions/register_window.py" line="155"/>
        <source>按状态筛选</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="156"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="157"/>
        <source>未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="161"/>
        <source>按负责人筛选</source>
        <translation>Filter by owner</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="164"/>
        <source>仅看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="166"/>
        <source>搜索编号、问题、措施、负责人</source>
        <translation>Search number, question, measure, owner</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="167"/>
        <source>搜索整改事项</source>
        <translation>Search actions</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="170"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="172"/>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="182"/>
        <source>整改事项</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="198"/>
        <source>所选整改事项</source>
        <translation>Selected action</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="201"/>
        <source>还没有整改事项。在问卷中为“不符合”“部分符合”或“不确定”的问题填写整改措施、负责人和期限，它们会出现在这里。</source>
        <translation>No actions yet. In the questionnaire, write a measure, an owner and a due date for questions answered Not compliant, Partly compliant or Unsure; they will appear here.</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="208"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="209"/>
        <source>按当前的筛选和排序导出</source>
        <translation>Exports what is shown, in the order shown</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="211"/>
        <source>转到问题</source>
        <translation>Go to question</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="213"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="262"/>
        <source>整改事项清单 — {company}</source>
        <translation>Action register — {company}</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="269"/>
        <source>全部负责人</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="270"/>
        <source>未指定</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="295"/>
        <source>共 {total} 项：未开始 {open}，进行中 {doing}，已完成 {done}；已逾期 {late}。显示 {shown} 项。</source>
        <translation>{total} actions: {open} not started, {doing} in progress, {done} done; {late} overdue. Showing {shown}.</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="328"/>
        <source>问题 {id} 按当前企业信息不适用，问卷中不再显示它。</source>
        <translation>Question {id} does not apply with the current company profile; the questionnaire no longer shows it.</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="347"/>
        <source>导出整改事项清单</source>
        <translation>Export the action register</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="348"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../actions/register_window.py" line="362"/>
        <source>已导出 {n} 项到 {path}</source>
        <translation>Exported {n} actions to {path}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="120"/>
        <source>无法复制示例文件：{detail}。</source>
        <translation>Cannot copy the example file: {detail}.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="128"/>
        <source>打开体检文件</source>
        <translation>Open assessment file</translation>
    </message>
    <message>
        <location filename="../../app.py" line="129"/>
        <source>体检文件 (*.lhc);;所有文件 (*)</source>
        <translation>Assessment files (*.lhc);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app.py" line="222"/>
        <source>指引无法使用</source>
        <translation>The guide cannot be used</translation>
    </message>
    <message>
        <location filename="../../app.py" line="222"/>
        <source>无法读取指引文件夹 {folder}：{detail}。</source>
        <translation>Cannot read the guide folder {folder}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="324"/>
        <location filename="../../app.py" line="327"/>
        <source>评分方法</source>
        <translation>Scoring method</translation>
    </message>
    <message>
        <location filename="../../app.py" line="338"/>
        <source>关于风控法务体检</source>
        <translation>About Legal Risk Health Check</translation>
    </message>
    <message>
        <location filename="../../app.py" line="339"/>
        <source>风控法务体检：生物医药企业法律风险自查与法治体检报告。
体检结果供企业自查参考，不构成法律意见。</source>
        <translation>Legal Risk Health Check: a legal risk self-check and health check report for biomedical companies.
Results support the company&apos;s own review and are not legal advice.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="374"/>
        <source>风控法务体检</source>
        <translation>Legal Risk Health Check</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <location filename="../../assessment/article_page.py" line="186"/>
        <source>作答进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../assessment/article_page.py" line="188"/>
        <source>下一个未答问题</source>
        <translation>Next unanswered question</translation>
    </message>
    <message>
        <location filename="../../assessment/article_page.py" line="190"/>
        <source>全部设为不适用…</source>
        <translation>Mark all not applicable…</translation>
    </message>
    <message>
        <location filename="../../assessment/article_page.py" line="215"/>
        <source>问题与回答</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <location filename="../../assessment/article_page.py" line="224"/>
        <source>涉及的违规事项</source>
        <translation>Violation items concerned</translation>
    </message>
    <message>
        <location filename="../../assessment/article_page.py" line="246"/>
        <source>条文指引</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../assessment/article_page.py" line="250"/>
        <source>本章共 {n} 条</source>
        <translation>This chapter has {n} articles</translation>
    </message>
    <message>
        <location filename="../../assessment/article_page.py" line="252"/>
        <source>本章概述</source>
        <translation>About this chapter</translation>
    </message>
    <message>
        <location filename="../../assessment/article_page.py" line="258"/>
        <source>把本条未作答的问题都标为“不适用”，写一次理由</source>
        <translation>Mark every unanswered question of this article not applicable, with one reason</translation>
    </message>
    <message>
        <location filename="../../assessment/article_page.py" line="259"/>
        <source>把本章未作答的问题都标为“不适用”，写一次理由</source>
        <translation>Mark every unanswered question of this chapter not applicable, with one reason</translation>
    </message>
    <message>
        <location filename="../../assessment/article_page.py" line="264"/>
        <source>问题（{n}）</source>
        <translation>Questions ({n})</translation>
    </message>
    <message>
        <location filename="../../assessment/article_page.py" line="265"/>
        <source>涉及的违规事项（{n}）</source>
        <translation>Violation items concerned ({n})</translation>
    </message>
    <message>
        <location filename="../../assessment/article_page.py" line="276"/>
        <source>已作答 {done}/{total}</source>
        <translation>{done}/{total} answered</translation>
    </message>
</context>
<context>
    <name>AssessmentWindow</name>
    <message>
        <location filename="../../assessment/main_window.py" line="117"/>
        <source>只读：{reason} 可以查看和生成报告，修改不会保存。</source>
        <translation>Read-only: {reason} You can read and render reports; changes are not saved.</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="142"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="143"/>
        <source>新建体检…</source>
        <translation>New assessment…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="145"/>
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="147"/>
        <source>开始页</source>
        <translation>Start page</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="149"/>
        <source>企业信息…</source>
        <translation>Company profile…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="152"/>
        <source>委托事实…</source>
        <translation>Engagement…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="154"/>
        <source>签发定稿…</source>
        <translation>Sign Off as Final…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="157"/>
        <source>生成报告…</source>
        <translation>Render report…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="159"/>
        <source>打印空白问卷…</source>
        <translation>Print blank questionnaire…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="160"/>
        <source>导出资料清单…</source>
        <translation>Export documents list…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="164"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="165"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="167"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="168"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="169"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="174"/>
        <source>查找…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="175"/>
        <source>下一个未答问题</source>
        <translation>Next unanswered question</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="178"/>
        <source>上一题</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="179"/>
        <source>下一题</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="181"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="182"/>
        <source>问卷</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="183"/>
        <source>总览</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="191"/>
        <source>整改事项清单</source>
        <translation>Action register</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="194"/>
        <source>筛选</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="205"/>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="206"/>
        <source>首选项…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="208"/>
        <source>指引管理…</source>
        <translation>Guide manager…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="209"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="210"/>
        <source>评分方法</source>
        <translation>Scoring method</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="211"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="213"/>
        <source>视图</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="230"/>
        <source>撤销：{what}</source>
        <translation>Undo: {what}</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="231"/>
        <source>没有可撤销的操作</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="232"/>
        <source>重做：{what}</source>
        <translation>Redo: {what}</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="233"/>
        <source>没有可重做的操作</source>
        <translation>Nothing to redo</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="239"/>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="241"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="243"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="259"/>
        <source>本机已安装“{title}”的新版本 {version}（{status}）。可以把本体检迁移到新版本：没有回答会丢失，有变化的问题会标为“需复核”。</source>
        <translation>A newer version {version} of “{title}” is installed on this computer ({status}). This health check can move to the new version: no answer is lost, and questions that changed are marked “needs review”.</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="263"/>
        <source>迁移…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="287"/>
        <source>已迁移到 {version}：{carried} 个回答原样保留，{review} 个需复核，{archived} 个已存档。迁移前的文件另存了一份副本；可以撤销（Ctrl+Z）。</source>
        <translation>Moved to {version}: {carried} answers kept as they were, {review} need review, {archived} archived. A copy of the file as it was before the move has been kept; the move can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="299"/>
        <source>未保存的文字已复制到剪贴板。</source>
        <translation>The unsaved text was copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="369"/>
        <source>所有适用问题都已作答。可查看总览（Ctrl+2），或生成报告。</source>
        <translation>Every applicable question is answered. See the dashboard (Ctrl+2) or render the report.</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="372"/>
        <source>已是最后一题。按 Ctrl+Enter 转到下一个未答问题。</source>
        <translation>This is the last question. Press Ctrl+Enter for the next unanswered one.</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="381"/>
        <source>所有适用问题都已作答。</source>
        <translation>Every applicable question is answered.</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="445"/>
        <source>定稿：{by} 于 {at} 签发</source>
        <translation>Final: signed off by {by} at {at}</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="448"/>
        <source>草稿：尚未签发定稿</source>
        <translation>Draft: not signed off</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="451"/>
        <source>签发已撤回：签发后体检内容有了修改，报告重新成为草稿。需要定稿时请重新签发（文件 → 签发定稿…）。</source>
        <translation>Sign-off withdrawn: the assessment changed after it was signed off, so its reports are drafts again. Sign off again when it is final (File → Sign Off as Final…).</translation>
    </message>
</context>
<context>
    <name>BackgroundDialog</name>
    <message>
        <location filename="../../report/background.py" line="30"/>
        <source>准备中…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../report/background.py" line="32"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../report/background.py" line="59"/>
        <source>已取消，没有生成文件。</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../report/background.py" line="70"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../report/background.py" line="75"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../banner.py" line="38"/>
        <source>关闭提示</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>ChapterModel</name>
    <message>
        <location filename="../../assessment/dashboard.py" line="66"/>
        <source>章</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="66"/>
        <source>健康指数</source>
        <translation>Health index</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="66"/>
        <source>已答</source>
        <translation>Answered</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <location filename="../fields.py" line="42"/>
        <source>主题色（十六进制，如 #1F3A5F）</source>
        <translation>Accent colour (hex, e.g. #1F3A5F)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="45"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../fields.py" line="46"/>
        <source>选择主题色</source>
        <translation>Choose the accent colour</translation>
    </message>
    <message>
        <location filename="../fields.py" line="48"/>
        <source>恢复默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../fields.py" line="71"/>
        <source>应写成 #1F3A5F 的形式</source>
        <translation>Write it like #1F3A5F</translation>
    </message>
    <message>
        <location filename="../fields.py" line="76"/>
        <source>主题色</source>
        <translation>Accent colour</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../session/commands.py" line="32"/>
        <source>回答 {question}：{answer}</source>
        <translation>Answer {question}: {answer}</translation>
    </message>
    <message>
        <location filename="../../session/commands.py" line="74"/>
        <source>编辑备注 {question}</source>
        <translation>Edit note {question}</translation>
    </message>
    <message>
        <location filename="../../session/commands.py" line="106"/>
        <source>编辑整改措施 {question}</source>
        <translation>Edit action item {question}</translation>
    </message>
    <message>
        <location filename="../../session/commands.py" line="183"/>
        <source>添加证据 {name}</source>
        <translation>Add evidence {name}</translation>
    </message>
    <message>
        <location filename="../../session/commands.py" line="206"/>
        <source>移除证据 {name}</source>
        <translation>Remove evidence {name}</translation>
    </message>
    <message>
        <location filename="../../session/commands.py" line="222"/>
        <source>修改企业信息</source>
        <translation>Change company profile</translation>
    </message>
    <message>
        <location filename="../../session/commands.py" line="237"/>
        <source>修改委托事实</source>
        <translation>Edit engagement</translation>
    </message>
    <message>
        <location filename="../../session/commands.py" line="252"/>
        <source>迁移到指引 {version}</source>
        <translation>Move to guide {version}</translation>
    </message>
    <message>
        <location filename="../../session/commands.py" line="272"/>
        <source>确认原回答</source>
        <translation>Confirm earlier answer</translation>
    </message>
    <message>
        <location filename="../../assessment/not_applicable.py" line="95"/>
        <source>{scope}：{n} 个问题设为不适用</source>
        <translation>{scope}: {n} questions marked not applicable</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../company/wizard.py" line="58"/>
        <source>企业信息</source>
        <translation>Company profile</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="59"/>
        <source>带 * 的为必填项。统一社会信用代码按 GB 32100 校验第 18 位校验码。</source>
        <translation>Fields marked * are required. The unified social credit code&apos;s 18th character is checked by GB 32100.</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="63"/>
        <source>企业名称（必填）</source>
        <translation>Company name (required)</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="64"/>
        <source>与营业执照一致，例如：杭州某某生物医药有限公司</source>
        <translation>As on the business licence</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="68"/>
        <source>统一社会信用代码（必填）</source>
        <translation>Unified social credit code (required)</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="69"/>
        <source>18 位，见营业执照</source>
        <translation>18 characters, see the business licence</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="74"/>
        <location filename="../../company/wizard.py" line="107"/>
        <source>所在地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="75"/>
        <source>例如：浙江省杭州市钱塘区</source>
        <translation>e.g. Qiantang District, Hangzhou, Zhejiang</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="77"/>
        <location filename="../../company/wizard.py" line="108"/>
        <source>企业规模</source>
        <translation>Company size</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="78"/>
        <source>（不填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="82"/>
        <location filename="../../company/wizard.py" line="109"/>
        <source>评估人</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="84"/>
        <location filename="../../company/wizard.py" line="110"/>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="88"/>
        <location filename="../../company/wizard.py" line="111"/>
        <source>体检日期</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="89"/>
        <source>{year}年度</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="90"/>
        <location filename="../../company/wizard.py" line="112"/>
        <source>体检期间</source>
        <translation>Assessment period</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="105"/>
        <source>企业名称 *</source>
        <translation>Company name *</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="106"/>
        <source>统一社会信用代码 *</source>
        <translation>Unified social credit code *</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="113"/>
        <source>使用的指引</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="138"/>
        <source>✓ 校验通过</source>
        <translation>✓ Check character correct</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../company/wizard.py" line="280"/>
        <source>确认并保存</source>
        <translation>Confirm and save</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="281"/>
        <source>按所选业务范围，下列内容适用于本企业。确认后创建体检文件，之后每次作答都会立即保存。</source>
        <translation>For the business chosen, the following applies to this company. Confirm to create the assessment file; every answer is saved the moment it is given.</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="283"/>
        <source>创建体检</source>
        <translation>Create assessment</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="295"/>
        <source>保存位置（体检文件 .lhc，含全部回答、附件和所用指引）</source>
        <translation>Where to save (the .lhc file holds every answer, attachment and the guide used)</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="300"/>
        <source>体检文件保存位置</source>
        <translation>Where to save the assessment file</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="302"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="321"/>
        <source>适用 &lt;b&gt;{articles}&lt;/b&gt; 条、&lt;b&gt;{items}&lt;/b&gt; 项违规事项、&lt;b&gt;{questions}&lt;/b&gt; 个问题（指引共 {all_articles} 条、{all_items} 项、{all_questions} 个问题）。</source>
        <translation>&lt;b&gt;{articles}&lt;/b&gt; articles, &lt;b&gt;{items}&lt;/b&gt; violation items and &lt;b&gt;{questions}&lt;/b&gt; questions apply (of {all_articles} articles, {all_items} items and {all_questions} questions in the guide).</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="327"/>
        <source>企业特征：{facts}</source>
        <translation>Profile: {facts}</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="343"/>
        <source>请选择保存位置。</source>
        <translation>Choose where to save.</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="346"/>
        <source>{name} 已存在，不会覆盖。请换一个文件名。</source>
        <translation>{name} exists and will not be overwritten. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="348"/>
        <source>文件夹 {folder} 不存在。</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="355"/>
        <source>将在该文件夹中创建 {name}</source>
        <translation>{name} will be created in this folder</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="366"/>
        <source>保存体检文件</source>
        <translation>Save assessment file</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="366"/>
        <source>体检文件 (*.lhc)</source>
        <translation>Assessment files (*.lhc)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../assessment/dashboard.py" line="197"/>
        <source>尚未作答</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="199"/>
        <source>没有适用的事项</source>
        <translation>No item applies</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="202"/>
        <location filename="../../assessment/dashboard.py" line="403"/>
        <source>暂定</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="248"/>
        <location filename="../../assessment/dashboard.py" line="283"/>
        <source>健康指数</source>
        <translation>Health index</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="284"/>
        <source>整体等级</source>
        <translation>Overall level</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="262"/>
        <location filename="../../assessment/dashboard.py" line="285"/>
        <source>作答进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="201"/>
        <source>尚无已评估的事项</source>
        <translation>No item assessed yet</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="286"/>
        <source>违规事项分布</source>
        <translation>Items by level</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="291"/>
        <location filename="../../assessment/dashboard.py" line="303"/>
        <source>各章健康指数</source>
        <translation>Health index by chapter</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="304"/>
        <source>按 Enter 或双击，在问卷中打开该章</source>
        <translation>Press Enter or double-click to open the chapter in the questionnaire</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="315"/>
        <source>优先整改（按整改可加分排序）</source>
        <translation>Fix first (by points gained when fixed)</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="324"/>
        <source>优先整改事项</source>
        <translation>Items to fix first</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="379"/>
        <source>回答第一个问题后显示。</source>
        <translation>Shown after the first answer.</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="384"/>
        <source>暂定：只计已评估的 {assessed}/{items} 项事项；还有 {n} 题未作答，问题都未作答的事项为“未评估”，不计入。</source>
        <translation>Provisional: counts only the {assessed}/{items} items assessed; {n} questions are unanswered, and an item with none of its questions answered is “not assessed” and left out.</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="419"/>
        <source>尚未发现需要整改的事项：这里只列出有“部分符合”或“不符合”回答的事项。</source>
        <translation>No known gap to fix yet: only items with a “partly compliant” or “not compliant” answer are listed here.</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="387"/>
        <source>满分 100，全部适用问题已作答。</source>
        <translation>Out of 100; every applicable question is answered.</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="396"/>
        <source>一票否决：{items} 可能承担刑事责任且回答为“不符合”。</source>
        <translation>Veto: {items} may carry criminal liability and was answered “non-compliant”.</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="400"/>
        <source>每一章作答满 {share}% 后给出；目前作答最少的一章为 {least}%。</source>
        <translation>Given once every chapter is {share}% answered; the least answered chapter is at {least}%.</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="408"/>
        <source>{answered} / {total} 题</source>
        <translation>{answered} / {total} questions</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="409"/>
        <source>已评估 {assessed}/{items} 项事项</source>
        <translation>{assessed}/{items} items assessed</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="413"/>
        <source>{label} {n} 项</source>
        <translation>{label}: {n}</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="417"/>
        <source>回答问题后，这里按“整改可加分”列出最值得先整改的违规事项。</source>
        <translation>Once questions are answered, the items most worth fixing first are listed here by the points their fix gains.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../fields.py" line="180"/>
        <source>未定</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../fields.py" line="183"/>
        <source>输入日期，如 2027-03-31 或 20270331；Alt+↓ 打开日历</source>
        <translation>Type a date such as 2027-03-31 or 20270331; Alt+↓ opens the calendar</translation>
    </message>
    <message>
        <location filename="../fields.py" line="190"/>
        <source>打开日历</source>
        <translation>Open the calendar</translation>
    </message>
    <message>
        <location filename="../fields.py" line="193"/>
        <source>应写成 2027-03-31 的形式</source>
        <translation>Write it like 2027-03-31</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../engagement/dialog.py" line="17"/>
        <source>委托事实</source>
        <translation>Engagement</translation>
    </message>
</context>
<context>
    <name>EngagementForm</name>
    <message>
        <location filename="../../engagement/editor.py" line="146"/>
        <location filename="../../engagement/editor.py" line="168"/>
        <source>委托编号</source>
        <translation>Engagement reference</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="147"/>
        <source>本所的案号或委托编号</source>
        <translation>The firm&apos;s matter or engagement number</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="149"/>
        <location filename="../../engagement/editor.py" line="169"/>
        <source>出具律师事务所</source>
        <translation>Issuing firm</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="151"/>
        <location filename="../../engagement/editor.py" line="170"/>
        <source>体检范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="152"/>
        <source>委托检查的范围，以及不在范围内的事项</source>
        <translation>What the check-up covers, and what it does not</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="154"/>
        <location filename="../../engagement/editor.py" line="171"/>
        <source>事实截止日</source>
        <translation>Facts as of</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="158"/>
        <source>未填写</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="161"/>
        <location filename="../../engagement/editor.py" line="172"/>
        <source>假设与依赖限制</source>
        <translation>Assumptions and limits of reliance</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="162"/>
        <source>例如：委托方提供的文件真实、完整；本报告仅供委托方内部使用</source>
        <translation>e.g. the documents the client provided are true and complete; the report is for the client&apos;s internal use only</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="173"/>
        <source>委托事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="175"/>
        <location filename="../../engagement/editor.py" line="193"/>
        <location filename="../../engagement/editor.py" line="206"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="175"/>
        <location filename="../../engagement/editor.py" line="188"/>
        <source>执业证号</source>
        <translation>Licence no.</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="177"/>
        <source>审核合伙人姓名</source>
        <translation>Reviewing partner&apos;s name</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="179"/>
        <source>审核合伙人执业证号</source>
        <translation>Reviewing partner&apos;s licence number</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="180"/>
        <source>17 位数字</source>
        <translation>17 digits</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="184"/>
        <source>承办律师（签字人）</source>
        <translation>Handling lawyers (signatories)</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="185"/>
        <source>承办律师</source>
        <translation>Handling lawyers</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="187"/>
        <source>审核合伙人</source>
        <translation>Reviewing partner</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="190"/>
        <source>本所律师</source>
        <translation>Our lawyers</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="192"/>
        <source>文件名称</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="193"/>
        <location filename="../../engagement/editor.py" line="206"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="193"/>
        <source>访谈日期（如 2026-11-12）</source>
        <translation>Interview date (e.g. 2026-11-12)</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="197"/>
        <location filename="../../engagement/editor.py" line="201"/>
        <source>审阅的文件资料</source>
        <translation>Documents reviewed</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="198"/>
        <source>问卷所附的 {n} 件证据材料会自动列入报告，这里只需列出其他文件。</source>
        <translation>The {n} evidence file(s) attached to the questionnaire are listed in the report automatically; list only other documents here.</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="202"/>
        <location filename="../../engagement/editor.py" line="203"/>
        <source>访谈</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="204"/>
        <source>文件与访谈</source>
        <translation>Documents and interviews</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="206"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="209"/>
        <source>委托方一方的联系人。他们不是报告的签字人；企业信息中的评估人和审核人也属于委托方。</source>
        <translation>The client&apos;s contacts. They do not sign the report; the assessor and reviewer in the company profile are the client&apos;s people too.</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="213"/>
        <location filename="../../engagement/editor.py" line="214"/>
        <source>企业联系人</source>
        <translation>Client contacts</translation>
    </message>
</context>
<context>
    <name>EngagementPage</name>
    <message>
        <location filename="../../company/wizard.py" line="241"/>
        <source>委托事实（律师事务所出具时填写）</source>
        <translation>Engagement (when a law firm issues the report)</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="242"/>
        <source>企业自查可跳过本页。以后也可在“文件 → 委托事实…”中填写或修改。</source>
        <translation>A company checking itself skips this page. This can also be filled in later under File → Engagement….</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="243"/>
        <source>本次体检由律师事务所或咨询机构为客户出具报告</source>
        <translation>A law firm or consultancy issues the report of this check-up to a client</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="24"/>
        <source>无法打开体检文件</source>
        <translation>Cannot open the assessment file</translation>
    </message>
    <message>
        <location filename="../errors.py" line="25"/>
        <source>文件：{path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <location filename="../errors.py" line="29"/>
        <source>指引无法使用</source>
        <translation>The guide cannot be used</translation>
    </message>
    <message>
        <location filename="../errors.py" line="30"/>
        <source>指引文件夹中有 {n} 处问题，暂时不能用它新建体检。</source>
        <translation>The guide folder has {n} problem(s); it cannot be used for a new assessment yet.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="31"/>
        <source>请在命令行运行 legalcheck guide validate {folder} 查看每一处问题（文件:行:列）并修正，或选择其他指引文件夹。</source>
        <translation>Run legalcheck guide validate {folder} to see each problem (file:line:column) and fix it, or use another guide folder.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../assessment/evidence.py" line="73"/>
        <source>{name}，{size}，{who} 于 {when} 添加</source>
        <translation>{name}, {size}, added by {who} on {when}</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../assessment/evidence.py" line="98"/>
        <source>证据材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="100"/>
        <source>尚无证据。可添加制度文件、记录、证照扫描件等，或把文件拖到这里。</source>
        <translation>No evidence yet. Add policies, records, scanned licences and the like, or drop files here.</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="105"/>
        <source>证据材料列表</source>
        <translation>Evidence list</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="112"/>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="113"/>
        <location filename="../../assessment/evidence.py" line="159"/>
        <source>添加证据文件</source>
        <translation>Add evidence files</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="115"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="116"/>
        <source>用系统程序打开所选证据</source>
        <translation>Open the selected evidence with the system viewer</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="118"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="119"/>
        <source>移除所选证据（可撤销）</source>
        <translation>Remove the selected evidence (can be undone)</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="188"/>
        <source>无法打开证据：临时文件写入失败（{detail}）。</source>
        <translation>Cannot open the evidence: the temporary copy could not be written ({detail}).</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="191"/>
        <source>系统中没有能打开“{name}”的程序。</source>
        <translation>No program on this system opens “{name}”.</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <location filename="../../company/wizard.py" line="185"/>
        <source>业务类型</source>
        <translation>Business types</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="186"/>
        <source>选择企业的全部业务类型（至少一项）。它们决定哪些条文和问题适用。</source>
        <translation>Choose every business type of the company (at least one). They decide which articles and questions apply.</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="188"/>
        <source>经营活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="189"/>
        <source>选择企业实际开展的活动。未选的活动，相关问题不会出现；以后可在企业信息中修改。</source>
        <translation>Choose what the company actually does. Questions about activities not chosen do not appear; this can be changed later under Company profile.</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <location filename="../../assessment/navigator.py" line="319"/>
        <source>全部问题</source>
        <translation>All questions</translation>
    </message>
    <message>
        <location filename="../../assessment/navigator.py" line="321"/>
        <source>存在差距（部分符合、不符合）</source>
        <translation>Gaps (partly or not compliant)</translation>
    </message>
    <message>
        <location filename="../../assessment/navigator.py" line="322"/>
        <source>待核实（不确定）</source>
        <translation>To verify (unsure)</translation>
    </message>
    <message>
        <location filename="../../assessment/navigator.py" line="324"/>
        <source>需复核（指引迁移后）</source>
        <translation>Needs review (after guide move)</translation>
    </message>
</context>
<context>
    <name>GuideChoice</name>
    <message>
        <location filename="../../guides/choice.py" line="19"/>
        <source>选择指引</source>
        <translation>Choose a guide</translation>
    </message>
    <message>
        <location filename="../../guides/choice.py" line="22"/>
        <source>本机有多个指引。新建的体检使用所选指引的这一版本，日后可以迁移到更新的版本。</source>
        <translation>There are several guides on this computer. The new health check uses this version of the chosen guide and can move to a newer version later.</translation>
    </message>
    <message>
        <location filename="../../guides/choice.py" line="29"/>
        <source>可用的指引</source>
        <translation>Available guides</translation>
    </message>
</context>
<context>
    <name>GuideManager</name>
    <message>
        <location filename="../../guides/manager.py" line="80"/>
        <source>指引管理</source>
        <translation>Guide manager</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="84"/>
        <source>本机可用的指引：随软件提供的指引和已安装的指引包。新建体检时可以选择其中任一版本；官方签名的指引包由您信任的发布机关签发。</source>
        <translation>Guides available on this computer: the guide that comes with the application and installed guide packages. A new health check can use any of these versions; officially signed packages are issued by a publisher you trust.</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="92"/>
        <source>指引列表</source>
        <translation>Guide list</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="98"/>
        <location filename="../../guides/manager.py" line="149"/>
        <source>本版变化</source>
        <translation>What changed in this version</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="106"/>
        <source>安装指引包…</source>
        <translation>Install guide package…</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="108"/>
        <source>信任发布机关公钥…</source>
        <translation>Trust a publisher key…</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="110"/>
        <source>删除所选指引</source>
        <translation>Remove selected guide</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="154"/>
        <source>本机没有该指引的更早版本可供比较。</source>
        <translation>There is no earlier version of this guide on this computer to compare with.</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="162"/>
        <source>选择指引包</source>
        <translation>Choose a guide package</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="163"/>
        <source>指引包 (*.zip);;所有文件 (*)</source>
        <translation>Guide packages (*.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="172"/>
        <source>指引包未通过校验</source>
        <translation>The guide package failed its checks</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="172"/>
        <source>指引包中的指引有问题，未安装。已安装的指引没有改动。</source>
        <translation>The guide in this package has problems and was not installed. Installed guides are unchanged.</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="176"/>
        <location filename="../../guides/manager.py" line="186"/>
        <source>不能安装</source>
        <translation>Cannot install</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="191"/>
        <source>已安装“{title}”{version}（{state}）。</source>
        <translation>Installed “{title}” {version} ({state}).</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="196"/>
        <source>未经官方签名的指引包</source>
        <translation>Guide package without an official signature</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="197"/>
        <source>“{title}”{version} 版{state}，无法确认它来自发布机关，内容也可能被他人改动过。只有在确认来源可靠时才安装。</source>
        <translation>“{title}” version {version} is {state}: there is no way to confirm it comes from the publisher, and its content may have been changed by someone else. Install it only if you are sure of its source.</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="202"/>
        <source>仍然安装</source>
        <translation>Install anyway</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="208"/>
        <source>选择发布机关的公钥</source>
        <translation>Choose the publisher’s public key</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="209"/>
        <source>公钥 (*.pub *.pem);;所有文件 (*)</source>
        <translation>Public keys (*.pub *.pem);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="215"/>
        <source>不能信任该公钥</source>
        <translation>This key cannot be trusted</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="219"/>
        <source>已信任公钥 {kid}。由它签名的指引包显示为官方签名。</source>
        <translation>Key {kid} is now trusted. Guide packages signed with it show as officially signed.</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="228"/>
        <source>不能删除</source>
        <translation>Cannot remove</translation>
    </message>
</context>
<context>
    <name>GuideModel</name>
    <message>
        <location filename="../../guides/manager.py" line="58"/>
        <source>指引</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="58"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="58"/>
        <source>施行日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="58"/>
        <source>法律状态截至</source>
        <translation>Law status as of</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="58"/>
        <source>发布机关</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="59"/>
        <source>签名</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../assessment/article_page.py" line="88"/>
        <source>违规事项</source>
        <translation>Violation item</translation>
    </message>
    <message>
        <location filename="../../assessment/article_page.py" line="88"/>
        <source>等级</source>
        <translation>Level</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../engagement/editor.py" line="104"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="105"/>
        <source>添加：{what}</source>
        <translation>Add: {what}</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="106"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../engagement/editor.py" line="107"/>
        <source>删除所选：{what}</source>
        <translation>Remove selected: {what}</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <location filename="../fields.py" line="89"/>
        <source>标志图片（PNG 或 SVG）</source>
        <translation>Logo (PNG or SVG)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="90"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../fields.py" line="101"/>
        <source>选择标志图片</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location filename="../fields.py" line="102"/>
        <source>图片 (*.png *.svg)</source>
        <translation>Images (*.png *.svg)</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <location filename="../../guides/migration_dialog.py" line="57"/>
        <source>迁移到新版本指引</source>
        <translation>Move to the new guide version</translation>
    </message>
    <message>
        <location filename="../../guides/migration_dialog.py" line="60"/>
        <source>“{title}”有新版本 {version}。迁移后按新版本评分；没有回答会被删除：问题或依据有变化的回答标为“需复核”并保留原回答，已删除问题的回答存档。迁移前的文件另存一份副本，迁移也可以撤销。</source>
        <translation>“{title}” has a new version {version}. After the move the check is scored by the new version and no answer is deleted: answers whose question or basis changed are kept and marked “needs review”, and answers to removed questions are archived. A copy of the file as it was is kept, and the move can be undone.</translation>
    </message>
    <message>
        <location filename="../../guides/migration_dialog.py" line="67"/>
        <source>迁移计划</source>
        <translation>Move plan</translation>
    </message>
    <message>
        <location filename="../../guides/migration_dialog.py" line="71"/>
        <source>迁移</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../assessment/navigator.py" line="156"/>
        <source>条文与问题</source>
        <translation>Articles and questions</translation>
    </message>
    <message>
        <location filename="../../assessment/navigator.py" line="156"/>
        <source>回答与进度</source>
        <translation>Answer, progress</translation>
    </message>
    <message>
        <location filename="../../assessment/navigator.py" line="217"/>
        <source>已作答 {done}/{total}</source>
        <translation>{done}/{total} answered</translation>
    </message>
    <message>
        <location filename="../../assessment/navigator.py" line="223"/>
        <source>{answer}&#x3000;理由：{reason}</source>
        <translation>{answer}. Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../assessment/navigator.py" line="229"/>
        <source>证据材料 {n} 份</source>
        <translation>Evidence: {n} files</translation>
    </message>
    <message>
        <location filename="../../assessment/navigator.py" line="231"/>
        <source>整改措施：{owner}</source>
        <translation>Action item: {owner}</translation>
    </message>
    <message>
        <location filename="../../assessment/navigator.py" line="231"/>
        <source>未指定责任人</source>
        <translation>no owner named</translation>
    </message>
</context>
<context>
    <name>NewAssessmentWizard</name>
    <message>
        <location filename="../../company/wizard.py" line="377"/>
        <source>新建体检</source>
        <translation>New assessment</translation>
    </message>
</context>
<context>
    <name>NotApplicableDialog</name>
    <message>
        <location filename="../../assessment/not_applicable.py" line="42"/>
        <source>本条全部设为不适用</source>
        <translation>Mark the whole article not applicable</translation>
    </message>
    <message>
        <location filename="../../assessment/not_applicable.py" line="42"/>
        <source>本章全部设为不适用</source>
        <translation>Mark the whole chapter not applicable</translation>
    </message>
    <message>
        <location filename="../../assessment/not_applicable.py" line="45"/>
        <source>{scope}：{unanswered} 个问题未作答，{answered} 个已作答。</source>
        <translation>{scope}: {unanswered} questions unanswered, {answered} answered.</translation>
    </message>
    <message>
        <location filename="../../assessment/not_applicable.py" line="48"/>
        <source>未作答的问题都将标为“不适用”，理由相同。可以撤销（Ctrl+Z），一次撤销全部。</source>
        <translation>Every unanswered question will be marked not applicable, with the same reason. Undo (Ctrl+Z) takes all of it back in one step.</translation>
    </message>
    <message>
        <location filename="../../assessment/not_applicable.py" line="53"/>
        <source>不适用的理由</source>
        <translation>Reason it does not apply</translation>
    </message>
    <message>
        <location filename="../../assessment/not_applicable.py" line="54"/>
        <source>写明不适用的理由（例如：本企业不从事该项业务）</source>
        <translation>Why it does not apply (e.g. the company does not carry on this business)</translation>
    </message>
    <message>
        <location filename="../../assessment/not_applicable.py" line="56"/>
        <source>已作答的 {n} 个问题也改为“不适用”（原回答会被替换）</source>
        <translation>Also mark the {n} answered questions not applicable (their answers are replaced)</translation>
    </message>
    <message>
        <location filename="../../assessment/not_applicable.py" line="65"/>
        <source>设为不适用</source>
        <translation>Mark not applicable</translation>
    </message>
    <message>
        <location filename="../../assessment/not_applicable.py" line="66"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../assessment/not_applicable.py" line="73"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../assessment/not_applicable.py" line="87"/>
        <source>请写明不适用的理由。</source>
        <translation>Give the reason it does not apply.</translation>
    </message>
    <message>
        <location filename="../../assessment/not_applicable.py" line="92"/>
        <source>没有未作答的问题。要改变已作答的问题，请勾选上面的选项。</source>
        <translation>No question is unanswered. To change the answered ones, tick the option above.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../company/profile_dialog.py" line="23"/>
        <location filename="../../company/profile_dialog.py" line="31"/>
        <source>企业信息</source>
        <translation>Company profile</translation>
    </message>
    <message>
        <location filename="../../company/profile_dialog.py" line="32"/>
        <source>业务类型</source>
        <translation>Business types</translation>
    </message>
    <message>
        <location filename="../../company/profile_dialog.py" line="33"/>
        <source>经营活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../company/profile_dialog.py" line="59"/>
        <source>适用问题数不变（{n} 个）。</source>
        <translation>The number of applicable questions stays at {n}.</translation>
    </message>
    <message>
        <location filename="../../company/profile_dialog.py" line="61"/>
        <source>适用问题将从 {before} 个变为 {after} 个。已作答的回答都会保留。</source>
        <translation>Applicable questions change from {before} to {after}. Every answer given is kept.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../assessment/question_page.py" line="122"/>
        <source>‹ 上一题</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="125"/>
        <source>下一题 ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="123"/>
        <source>上一题（Alt+PgUp）</source>
        <translation>Previous question (Alt+PgUp)</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="126"/>
        <source>下一题（Alt+PgDn）</source>
        <translation>Next question (Alt+PgDn)</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="138"/>
        <source>问题</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="156"/>
        <source>回答：{label}（快捷键 {key}）</source>
        <translation>Answer: {label} (key {key})</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="177"/>
        <source>不适用的理由（例如：本企业不从事该项业务）。按 Enter 确认；Esc 回到回答，写下的理由保留。</source>
        <translation>Why it does not apply (e.g. the company has no such business). Enter to confirm; Esc goes back to the answers and keeps what you wrote.</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="181"/>
        <source>不适用的理由</source>
        <translation>Reason it does not apply</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="182"/>
        <source>写明不适用的理由</source>
        <translation>Give the reason it does not apply</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="185"/>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="196"/>
        <location filename="../../assessment/question_page.py" line="200"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="199"/>
        <source>事实、依据、访谈对象、待补材料……随输入自动保存。</source>
        <translation>Facts, sources, people interviewed, documents to obtain… saved as you type.</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="222"/>
        <location filename="../../assessment/question_page.py" line="236"/>
        <source>整改措施</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="224"/>
        <source>采用整改建议</source>
        <translation>Use the guide&apos;s advice</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="225"/>
        <source>把指引对本题违规事项的整改建议填入措施</source>
        <translation>Fill in the guide&apos;s remediation advice for this question&apos;s items</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="237"/>
        <source>要做什么，做到什么程度</source>
        <translation>What to do, and to what standard</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="240"/>
        <location filename="../../assessment/question_page.py" line="252"/>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="241"/>
        <source>部门或姓名</source>
        <translation>Department or name</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="244"/>
        <location filename="../../assessment/question_page.py" line="254"/>
        <source>完成期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="247"/>
        <source>整改状态</source>
        <translation>Action status</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="251"/>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="255"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="278"/>
        <source>需复核：迁移到新版本指引时保留了原回答（{answer}），因为{reasons}。请重新作答，或确认原回答仍然成立。</source>
        <translation>Needs review: the earlier answer ({answer}) was kept when the check moved to the new guide version, because {reasons}. Answer again, or confirm that the earlier answer still holds.</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="282"/>
        <source>原问题：{old}</source>
        <translation>Earlier question: {old}</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="283"/>
        <source>原回答仍然成立</source>
        <translation>The earlier answer still holds</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="306"/>
        <source>在左侧选择一个问题开始作答。</source>
        <translation>Choose a question on the left to start.</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="323"/>
        <source>提示：{hint}</source>
        <translation>Hint: {hint}</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="326"/>
        <source>第 {n} 题，共 {total} 题</source>
        <translation>Question {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="334"/>
        <source>已回答“{answer}”&#x3000;{who}，{when}</source>
        <translation>Answered “{answer}”&#x3000;{who}, {when}</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="338"/>
        <source>尚未作答。按 1–5 选择回答，随即进入下一题。</source>
        <translation>Not answered yet. Press 1–5 to answer; the next question follows.</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="408"/>
        <source>标为“不适用”时请写明理由。</source>
        <translation>Give a reason when marking a question not applicable.</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <location filename="../../assessment/article_page.py" line="43"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../assessment/article_page.py" line="43"/>
        <source>条文</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../assessment/article_page.py" line="43"/>
        <source>问题</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../assessment/article_page.py" line="43"/>
        <source>回答</source>
        <translation>Answer</translation>
    </message>
</context>
<context>
    <name>RecentModel</name>
    <message>
        <location filename="../../start/start_page.py" line="55"/>
        <source>企业</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="55"/>
        <source>体检日期</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="55"/>
        <source>健康指数</source>
        <translation>Health index</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="55"/>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="55"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="73"/>
        <source>尚未作答</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="74"/>
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="78"/>
        <source>{name}（文件已移动或删除）</source>
        <translation>{name} (moved or deleted)</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="84"/>
        <source>已答 {answered}/{total} 题</source>
        <translation>{answered}/{total} questions answered</translation>
    </message>
</context>
<context>
    <name>ReferenceView</name>
    <message>
        <location filename="../../assessment/reference.py" line="56"/>
        <source>条文指引、违规事项与法律依据</source>
        <translation>Guidance, violation items and legal basis</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="57"/>
        <source>Ctrl+↓ / Ctrl+↑ 转到下一个或上一个链接，Enter 展开或收起</source>
        <translation>Ctrl+↓ / Ctrl+↑ go to the next or previous link; Enter opens or folds it</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="154"/>
        <source>已收起</source>
        <translation>folded</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="154"/>
        <source>已展开</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="159"/>
        <source>在左侧选择一个问题。</source>
        <translation>Choose a question on the left.</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="165"/>
        <source>条文指引</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="170"/>
        <source>本题检查的违规事项（{n} 项）</source>
        <translation>Violation items this question detects ({n})</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="186"/>
        <source>条文依据</source>
        <translation>Article basis</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="189"/>
        <source>义务依据</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="190"/>
        <source>处罚依据</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="191"/>
        <source>刑事责任依据</source>
        <translation>Criminal liability</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="177"/>
        <location filename="../../assessment/reference.py" line="219"/>
        <source>法律变化</source>
        <translation>Change in the law</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="225"/>
        <source>整改建议</source>
        <translation>Remediation</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="256"/>
        <source>英文说明（以中文原文为准）</source>
        <translation>In English (the Chinese text is authoritative)</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="261"/>
        <source>收起条文全文</source>
        <translation>Hide the whole article</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="261"/>
        <source>查看条文全文</source>
        <translation>Show the whole article</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="174"/>
        <source>法律依据（{n} 条）</source>
        <translation>Legal basis ({n})</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="210"/>
        <source>违规情形</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="211"/>
        <source>责任主体</source>
        <translation>Liable</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="212"/>
        <source>法律后果</source>
        <translation>Consequence</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="213"/>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="217"/>
        <source>整改可加分</source>
        <translation>Gain if fixed</translation>
    </message>
</context>
<context>
    <name>RenderWorker</name>
    <message>
        <location filename="../../report/report_dialog.py" line="70"/>
        <source>报告组件无法加载（{detail}）。请重新运行安装脚本 setup.sh。</source>
        <translation>The report component cannot load ({detail}). Run setup.sh again.</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="90"/>
        <source>生成报告时出错：{detail}。体检文件未受影响，可以重试。</source>
        <translation>The report could not be rendered: {detail}. The assessment file is unaffected; try again.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../report/report_dialog.py" line="116"/>
        <source>生成法治体检报告</source>
        <translation>Render the legal health check report</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="132"/>
        <source>报告模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="151"/>
        <source>包含的章节</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="159"/>
        <source>封面、目录和免责声明总是包含。</source>
        <translation>The cover, contents and disclaimer are always included.</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="164"/>
        <source>出具信息与品牌</source>
        <translation>Issuer and branding</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="167"/>
        <source>出具单位名称</source>
        <translation>Name of the issuing firm</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="168"/>
        <source>律师事务所或咨询机构；企业自查可留空</source>
        <translation>Law firm or consultancy; leave empty for a self-check</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="170"/>
        <location filename="../../report/report_dialog.py" line="182"/>
        <source>出具方</source>
        <translation>Issuing party</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="171"/>
        <source>留空：顾问版为出具单位，自查版为企业法务部</source>
        <translation>Empty: the firm (consultant) or the company&apos;s legal department (self-check)</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="173"/>
        <location filename="../../report/report_dialog.py" line="183"/>
        <source>报告编号</source>
        <translation>Report number</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="174"/>
        <source>留空自动生成，如 FZTJ-2026-0001</source>
        <translation>Empty: numbered automatically, e.g. FZTJ-2026-0001</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="178"/>
        <location filename="../../report/report_dialog.py" line="184"/>
        <source>报告日期</source>
        <translation>Report date</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="208"/>
        <source>文件格式</source>
        <translation>File formats</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="189"/>
        <source>报告语言</source>
        <translation>Report language</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="224"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="279"/>
        <source>英文报告只提供 PDF；Word 和 Excel 报告只有中文版。</source>
        <translation>The English report is available as PDF only; the Word and Excel reports are in Chinese only.</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="426"/>
        <source>报告已保存到 {path}，但系统中没有能打开它的程序。</source>
        <translation>The report was saved to {path}, but no program on this system can open it.</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="181"/>
        <source>出具单位</source>
        <translation>Issuing firm</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="185"/>
        <source>标志图片</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="186"/>
        <source>主题色</source>
        <translation>Accent colour</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="223"/>
        <source>报告保存位置</source>
        <translation>Where to save the report</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="226"/>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="236"/>
        <source>完成后用系统程序打开</source>
        <translation>Open with the system viewer when done</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="244"/>
        <source>生成进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="253"/>
        <source>生成报告</source>
        <translation>Render report</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="257"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="338"/>
        <source>将生成：{files}</source>
        <translation>Will write: {files}</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="343"/>
        <source>保存报告</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="360"/>
        <source>文件夹 {folder} 不存在。</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="362"/>
        <source>主题色应写成 #1F3A5F 的形式。</source>
        <translation>Write the accent colour like #1F3A5F.</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="391"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="344"/>
        <source>报告文件 (*.pdf *.docx *.xlsx)</source>
        <translation>Report files (*.pdf *.docx *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="351"/>
        <source>请至少选择一种文件格式。</source>
        <translation>Choose at least one file format.</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="353"/>
        <source>请填写报告的保存位置。</source>
        <translation>Enter where to save the report.</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="385"/>
        <source>覆盖已有文件？</source>
        <translation>Replace existing files?</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="386"/>
        <source>下列文件已存在。生成报告将覆盖它们：
{files}</source>
        <translation>These files already exist. Writing the report will replace them:
{files}</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="390"/>
        <source>覆盖</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="417"/>
        <source>未找到 HarfBuzz 字体子集库（libharfbuzz-subset0），生成报告会慢很多（可能需要数十秒）。请让管理员运行：sudo apt-get install libharfbuzz-subset0</source>
        <translation>The HarfBuzz font subsetting library (libharfbuzz-subset0) is missing, so reports render much more slowly (possibly tens of seconds). Ask an administrator to run: sudo apt-get install libharfbuzz-subset0</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="422"/>
        <source>已生成：{path}</source>
        <translation>Written: {path}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../assessment/search.py" line="35"/>
        <source>问题</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../assessment/search.py" line="36"/>
        <source>条文</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../assessment/search.py" line="37"/>
        <source>违规事项</source>
        <translation>Violation item</translation>
    </message>
    <message>
        <location filename="../../assessment/search.py" line="38"/>
        <source>法规</source>
        <translation>Law</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="26"/>
        <source>首选项</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="29"/>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="32"/>
        <location filename="../../preferences/settings_dialog.py" line="39"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="37"/>
        <location filename="../../preferences/settings_dialog.py" line="40"/>
        <source>评估人姓名</source>
        <translation>Assessor name</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="38"/>
        <source>记录在每一次作答和修改上</source>
        <translation>Recorded with every answer and change</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="43"/>
        <source>报告默认品牌</source>
        <translation>Default report branding</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="46"/>
        <source>出具单位名称</source>
        <translation>Name of the issuing firm</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="47"/>
        <source>律师事务所或咨询机构名称；企业自查可留空</source>
        <translation>Law firm or consultancy; leave empty for a self-check</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="50"/>
        <source>出具单位</source>
        <translation>Issuing firm</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="51"/>
        <source>标志图片</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="52"/>
        <source>主题色</source>
        <translation>Accent colour</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="54"/>
        <source>本所免责声明</source>
        <translation>Firm&apos;s disclaimer</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="55"/>
        <source>顾问出具版报告末尾的免责声明，每段一行；留空则使用通用的委托与依赖限制说明</source>
        <translation>The disclaimer at the end of the consultant report, one paragraph a line; when empty, a general statement of the engagement and the limits of reliance is used</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="57"/>
        <source>免责声明</source>
        <translation>Disclaimer</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../assessment/sidebar.py" line="95"/>
        <source>搜索条文、事项、问题、法规（Ctrl+F）</source>
        <translation>Search articles, items, questions, laws (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="96"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="103"/>
        <source>筛选问题</source>
        <translation>Filter questions</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="113"/>
        <source>按证据、整改措施、责任人、修改日期筛选</source>
        <translation>Filter by evidence, action item, owner, date of change</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="116"/>
        <source>显示全文</source>
        <translation>Full text</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="118"/>
        <source>问题较长时换行显示全文</source>
        <translation>Show long questions in full, on several lines</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="131"/>
        <source>条文与问题导航</source>
        <translation>Articles and questions</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="172"/>
        <source>搜索结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="203"/>
        <source>有证据材料</source>
        <translation>Has evidence</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="204"/>
        <source>有整改措施</source>
        <translation>Has action item</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="206"/>
        <location filename="../../assessment/sidebar.py" line="218"/>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="209"/>
        <source>此日起有改动</source>
        <translation>Changed since</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="213"/>
        <source>改动日期不早于</source>
        <translation>Changed on or after</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="214"/>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="244"/>
        <source>任何责任人</source>
        <translation>Any owner</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="264"/>
        <source>筛选（{n}）</source>
        <translation>Filters ({n})</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="264"/>
        <source>筛选</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="303"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="304"/>
        <source>查看条文</source>
        <translation>View article</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="305"/>
        <source>本条全部设为不适用…</source>
        <translation>Mark article not applicable…</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="306"/>
        <source>本章全部设为不适用…</source>
        <translation>Mark chapter not applicable…</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="307"/>
        <source>复制问题编号</source>
        <translation>Copy question number</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="424"/>
        <source>没有符合筛选条件的问题。可以放宽条件，或清除筛选。</source>
        <translation>No question meets the filters. Loosen them, or clear the filters.</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="428"/>
        <source>按企业信息，没有适用的问题。</source>
        <translation>For this company profile no question applies.</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="429"/>
        <source>所有适用问题都已作答。可查看总览，或生成报告。</source>
        <translation>Every applicable question is answered. See the dashboard or render the report.</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="430"/>
        <source>没有回答为“部分符合”或“不符合”的问题。</source>
        <translation>No question is answered “partly compliant” or “not compliant”.</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="431"/>
        <source>没有回答为“不确定”的问题。</source>
        <translation>No question is answered “unsure”.</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="432"/>
        <source>没有重大风险的回答。</source>
        <translation>No answer puts an item at major risk.</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="433"/>
        <source>没有需要复核的回答。</source>
        <translation>No answers need review.</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="450"/>
        <source>没有找到“{text}”。试试更短的词，或法规简称（如“药品管理法”）。</source>
        <translation>Nothing found for “{text}”. Try a shorter word or a law&apos;s short title (e.g. 药品管理法).</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../engagement/signoff_dialog.py" line="21"/>
        <location filename="../../engagement/signoff_dialog.py" line="46"/>
        <source>签发定稿</source>
        <translation>Sign off as final</translation>
    </message>
    <message>
        <location filename="../../engagement/signoff_dialog.py" line="31"/>
        <location filename="../../engagement/signoff_dialog.py" line="40"/>
        <source>签发人</source>
        <translation>Signed off by</translation>
    </message>
    <message>
        <location filename="../../engagement/signoff_dialog.py" line="34"/>
        <source>签发人执业证号</source>
        <translation>Signer&apos;s licence number</translation>
    </message>
    <message>
        <location filename="../../engagement/signoff_dialog.py" line="35"/>
        <source>律师签发时填写，17 位数字</source>
        <translation>When a lawyer signs off: 17 digits</translation>
    </message>
    <message>
        <location filename="../../engagement/signoff_dialog.py" line="41"/>
        <source>执业证号</source>
        <translation>Licence no.</translation>
    </message>
    <message>
        <location filename="../../engagement/signoff_dialog.py" line="51"/>
        <source>文件以只读方式打开，不能签发定稿。</source>
        <translation>The file is open read-only and cannot be signed off.</translation>
    </message>
    <message>
        <location filename="../../engagement/signoff_dialog.py" line="54"/>
        <source>体检尚未完成，不能签发定稿。请先补齐：
{lines}</source>
        <translation>The assessment is not complete and cannot be signed off yet. Complete first:
{lines}</translation>
    </message>
    <message>
        <location filename="../../engagement/signoff_dialog.py" line="57"/>
        <source>签发后，报告成为定稿，写明签发人和签发时间，并记入修改记录。此后对回答、备注、整改措施、证据材料、企业信息或委托事实的任何修改都会撤回签发，报告重新成为草稿。</source>
        <translation>Once signed off, the reports are final and state who signed off and when; the sign-off is recorded in the audit log. Any later change to answers, notes, actions, evidence, the company profile or the engagement withdraws it and the reports become drafts again.</translation>
    </message>
    <message>
        <location filename="../../engagement/signoff_dialog.py" line="72"/>
        <source>请填写签发人。</source>
        <translation>Enter who signs off.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../start/start_page.py" line="110"/>
        <location filename="../../start/start_page.py" line="128"/>
        <source>风控法务体检</source>
        <translation>Legal Risk Health Check</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="133"/>
        <source>生物医药企业法律风险自查
逐条作答，即时评分，生成法治体检报告</source>
        <translation>Legal risk self-check for biomedical companies
Answer article by article, see the score at once, render the report</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="139"/>
        <source>新建体检…</source>
        <translation>New assessment…</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="141"/>
        <source>填写企业信息，按业务范围生成适用的问卷（Ctrl+N）</source>
        <translation>Enter the company profile; the questionnaire follows its business (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="143"/>
        <source>打开文件…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="144"/>
        <source>打开已有的体检文件（.lhc）（Ctrl+O）</source>
        <translation>Open an existing assessment file (.lhc) (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="146"/>
        <source>打开示例</source>
        <translation>Open an example</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="148"/>
        <source>指引管理…</source>
        <translation>Guide manager…</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="149"/>
        <source>查看、安装指引的新版本和本版变化</source>
        <translation>See and install new guide versions and what changed</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="151"/>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="158"/>
        <source>体检结果供企业自查参考，不构成法律意见。</source>
        <translation>Results support the company&apos;s own review and are not legal advice.</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="168"/>
        <location filename="../../start/start_page.py" line="173"/>
        <source>最近的体检</source>
        <translation>Recent assessments</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="187"/>
        <source>还没有体检记录。

点击“新建体检”，填写企业信息后即可逐条作答；已有体检文件（.lhc）请点击“打开文件”。
想先看看效果，可以“打开示例”。</source>
        <translation>No assessments yet.

Click “New assessment”, enter the company profile and start answering; to continue an existing file (.lhc) click “Open file”.
To see how it works first, “Open an example”.</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="198"/>
        <source>按 Enter 打开所选体检，Delete 从列表中移除（不删除文件）。</source>
        <translation>Enter opens the selected assessment; Delete removes it from the list (the file stays).</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="211"/>
        <source>没有找到中文字体，中文可能显示为方框。请安装 Noto Sans CJK 字体（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk），然后重新启动本程序。</source>
        <translation>No Chinese font was found, so Chinese may show as boxes. Install the Noto Sans CJK font (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk) and start the app again.</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="218"/>
        <source>没有找到示例文件（examples 文件夹为空或不存在）。</source>
        <translation>No example files found (the examples folder is empty or missing).</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="224"/>
        <source>示例以副本打开，不会改动原示例文件。</source>
        <translation>Examples open as a copy; the original stays as it is.</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="263"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="264"/>
        <source>从列表中移除</source>
        <translation>Remove from the list</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <location filename="../../assessment/summary_bar.py" line="31"/>
        <source>健康指数</source>
        <translation>Health index</translation>
    </message>
    <message>
        <location filename="../../assessment/summary_bar.py" line="43"/>
        <source>整体等级</source>
        <translation>Overall level</translation>
    </message>
    <message>
        <location filename="../../assessment/summary_bar.py" line="38"/>
        <source>作答进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../assessment/summary_bar.py" line="72"/>
        <source>· 已答 {answered}/{total}</source>
        <translation>· answered {answered}/{total}</translation>
    </message>
    <message>
        <location filename="../../assessment/summary_bar.py" line="84"/>
        <source>{label}：{n} 项</source>
        <translation>{label}: {n}</translation>
    </message>
</context>
<context>
    <name>TopItemsModel</name>
    <message>
        <location filename="../../assessment/dashboard.py" line="159"/>
        <source>序</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="159"/>
        <source>违规事项</source>
        <translation>Violation item</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="159"/>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="159"/>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="159"/>
        <source>整改可加分</source>
        <translation>Gain if fixed</translation>
    </message>
</context>
<context>
    <name>WorksheetDialog</name>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="87"/>
        <source>打印空白问卷</source>
        <translation>Print blank questionnaire</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="87"/>
        <source>导出资料清单</source>
        <translation>Export documents list</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="91"/>
        <source>按企业信息列出适用的全部检查问题，每题有回答方框、核查提示和备注栏，按章、条分组，供访谈时填写。</source>
        <translation>Lists every question that applies to the company, each with answer boxes, what to check and room for notes, grouped by chapter and article, to fill in during interviews.</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="93"/>
        <source>按条列出回答适用问题需要准备的资料及其对应的问题，带“已备”勾选栏，可在访谈前发给各部门。</source>
        <translation>Lists, article by article, the documents needed to answer the applicable questions and the questions they serve, with a Ready column to tick; hand it to the departments before the interviews.</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="102"/>
        <source>PDF（打印）</source>
        <translation>PDF (to print)</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="103"/>
        <source>Excel 工作簿</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="114"/>
        <source>保存位置</source>
        <translation>Save location</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="115"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="117"/>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="123"/>
        <source>完成后用系统程序打开</source>
        <translation>Open with the system viewer when done</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="130"/>
        <source>生成进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="139"/>
        <source>生成</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="143"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="170"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="170"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="182"/>
        <source>文件名应以 .{suffix} 结尾。</source>
        <translation>The file name must end in .{suffix}.</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="184"/>
        <source>{path} 是一个文件夹，请给出文件名。</source>
        <translation>{path} is a folder; give a file name.</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="186"/>
        <source>文件夹 {folder} 不存在。</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="201"/>
        <source>{path} 已存在。要替换它吗？</source>
        <translation>{path} already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="202"/>
        <source>替换</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="213"/>
        <source>已生成：{path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="217"/>
        <source>文件已保存到 {path}，但系统中没有能打开它的程序。</source>
        <translation>The file was saved to {path}, but no program on this system can open it.</translation>
    </message>
</context>
<context>
    <name>WorksheetWorker</name>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="58"/>
        <source>报告组件无法加载（{detail}）。请重新运行安装脚本 setup.sh。</source>
        <translation>The report component cannot load ({detail}). Run setup.sh again.</translation>
    </message>
    <message>
        <location filename="../../report/worksheet_dialog.py" line="70"/>
        <source>生成文件时出错：{detail}。体检文件未受影响，可以重试。</source>
        <translation>Creating the file failed: {detail}. The assessment file is unaffected; you can try again.</translation>
    </message>
</context>
</TS>
