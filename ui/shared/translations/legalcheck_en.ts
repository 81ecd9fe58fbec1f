<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="119"/>
        <source>无法复制示例文件：{detail}。</source>
        <translation>Cannot copy the example file: {detail}.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="127"/>
        <source>打开体检文件</source>
        <translation>Open assessment file</translation>
    </message>
    <message>
        <location filename="../../app.py" line="128"/>
        <source>体检文件 (*.lhc);;所有文件 (*)</source>
        <translation>Assessment files (*.lhc);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app.py" line="220"/>
        <source>指引无法使用</source>
        <translation>The guide cannot be used</translation>
    </message>
    <message>
        <location filename="../../app.py" line="220"/>
        <source>无法读取指引文件夹 {folder}：{detail}。</source>
        <translation>Cannot read the guide folder {folder}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="322"/>
        <location filename="../../app.py" line="325"/>
        <source>评分方法</source>
        <translation>Scoring method</translation>
    </message>
    <message>
        <location filename="../../app.py" line="336"/>
        <source>关于风控法务体检</source>
        <translation>About Legal Risk Health Check</translation>
    </message>
    <message>
        <location filename="../../app.py" line="337"/>
        <source>风控法务体检：生物医药企业法律风险自查与法治体检报告。
体检结果供企业自查参考，不构成法律意见。</source>
        <translation>Legal Risk Health Check: a legal risk self-check and health check report for biomedical companies.
Results support the company&apos;s own review and are not legal advice.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="372"/>
        <source>风控法务体检</source>
        <translation>Legal Risk Health Check</translation>
    </message>
</context>
<context>
    <name>AssessmentWindow</name>
    <message>
        <location filename="../../assessment/main_window.py" line="100"/>
        <source>只读：{reason} 可以查看和生成报告，修改不会保存。</source>
        <translation>Read-only: {reason} You can read and render reports; changes are not saved.</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="124"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="125"/>
        <source>新建体检…</source>
        <translation>New assessment…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="127"/>
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="129"/>
        <source>开始页</source>
        <translation>Start page</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="131"/>
        <source>企业信息…</source>
        <translation>Company profile…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="134"/>
        <source>生成报告…</source>
        <translation>Render report…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="137"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="138"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="140"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="141"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="142"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="147"/>
        <source>查找…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="148"/>
        <source>下一个未答问题</source>
        <translation>Next unanswered question</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="150"/>
        <source>上一题</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="151"/>
        <source>下一题</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="153"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="154"/>
        <source>问卷</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="155"/>
        <source>总览</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="163"/>
        <source>筛选</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="174"/>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="175"/>
        <source>首选项…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="177"/>
        <source>指引管理…</source>
        <translation>Guide manager…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="178"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="179"/>
        <source>评分方法</source>
        <translation>Scoring method</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="180"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="182"/>
        <source>视图</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="199"/>
        <source>撤销：{what}</source>
        <translation>Undo: {what}</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="200"/>
        <source>没有可撤销的操作</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="201"/>
        <source>重做：{what}</source>
        <translation>Redo: {what}</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="202"/>
        <source>没有可重做的操作</source>
        <translation>Nothing to redo</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="208"/>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="210"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="212"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="228"/>
        <source>本机已安装“{title}”的新版本 {version}（{status}）。可以把本体检迁移到新版本：没有回答会丢失，有变化的问题会标为“需复核”。</source>
        <translation>A newer version {version} of “{title}” is installed on this computer ({status}). This health check can move to the new version: no answer is lost, and questions that changed are marked “needs review”.</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="232"/>
        <source>迁移…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="256"/>
        <source>已迁移到 {version}：{carried} 个回答原样保留，{review} 个需复核，{archived} 个已存档。迁移前的文件另存了一份副本；可以撤销（Ctrl+Z）。</source>
        <translation>Moved to {version}: {carried} answers kept as they were, {review} need review, {archived} archived. A copy of the file as it was before the move has been kept; the move can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="268"/>
        <source>未保存的文字已复制到剪贴板。</source>
        <translation>The unsaved text was copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="313"/>
        <source>所有适用问题都已作答。可查看总览（Ctrl+2），或生成报告。</source>
        <translation>Every applicable question is answered. See the dashboard (Ctrl+2) or render the report.</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="316"/>
        <source>已是最后一题。按 Ctrl+Enter 转到下一个未答问题。</source>
        <translation>This is the last question. Press Ctrl+Enter for the next unanswered one.</translation>
    </message>
    <message>
        <location filename="../../assessment/main_window.py" line="325"/>
        <source>所有适用问题都已作答。</source>
        <translation>Every applicable question is answered.</translation>
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
        <location filename="../../assessment/dashboard.py" line="64"/>
        <source>章</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="64"/>
        <source>健康指数</source>
        <translation>Health index</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="64"/>
        <source>已答</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="83"/>
        <location filename="../../assessment/dashboard.py" line="95"/>
        <source>尚未作答</source>
        <translation>Not answered yet</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <location filename="../fields.py" line="23"/>
        <source>主题色（十六进制，如 #1F3A5F）</source>
        <translation>Accent colour (hex, e.g. #1F3A5F)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="26"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../fields.py" line="27"/>
        <source>选择主题色</source>
        <translation>Choose the accent colour</translation>
    </message>
    <message>
        <location filename="../fields.py" line="29"/>
        <source>恢复默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../fields.py" line="52"/>
        <source>应写成 #1F3A5F 的形式</source>
        <translation>Write it like #1F3A5F</translation>
    </message>
    <message>
        <location filename="../fields.py" line="57"/>
        <source>主题色</source>
        <translation>Accent colour</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../session/commands.py" line="31"/>
        <source>回答 {question}：{answer}</source>
        <translation>Answer {question}: {answer}</translation>
    </message>
    <message>
        <location filename="../../session/commands.py" line="53"/>
        <source>编辑备注 {question}</source>
        <translation>Edit note {question}</translation>
    </message>
    <message>
        <location filename="../../session/commands.py" line="85"/>
        <source>编辑整改措施 {question}</source>
        <translation>Edit action item {question}</translation>
    </message>
    <message>
        <location filename="../../session/commands.py" line="162"/>
        <source>添加证据 {name}</source>
        <translation>Add evidence {name}</translation>
    </message>
    <message>
        <location filename="../../session/commands.py" line="185"/>
        <source>移除证据 {name}</source>
        <translation>Remove evidence {name}</translation>
    </message>
    <message>
        <location filename="../../session/commands.py" line="201"/>
        <source>修改企业信息</source>
        <translation>Change company profile</translation>
    </message>
    <message>
        <location filename="../../session/commands.py" line="216"/>
        <source>迁移到指引 {version}</source>
        <translation>Move to guide {version}</translation>
    </message>
    <message>
        <location filename="../../session/commands.py" line="236"/>
        <source>确认原回答</source>
        <translation>Confirm earlier answer</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../company/wizard.py" line="53"/>
        <source>企业信息</source>
        <translation>Company profile</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="54"/>
        <source>带 * 的为必填项。统一社会信用代码按 GB 32100 校验第 18 位校验码。</source>
        <translation>Fields marked * are required. The unified social credit code&apos;s 18th character is checked by GB 32100.</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="58"/>
        <source>企业名称（必填）</source>
        <translation>Company name (required)</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="59"/>
        <source>与营业执照一致，例如：杭州某某生物医药有限公司</source>
        <translation>As on the business licence</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="63"/>
        <source>统一社会信用代码（必填）</source>
        <translation>Unified social credit code (required)</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="64"/>
        <source>18 位，见营业执照</source>
        <translation>18 characters, see the business licence</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="69"/>
        <location filename="../../company/wizard.py" line="102"/>
        <source>所在地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="70"/>
        <source>例如：浙江省杭州市钱塘区</source>
        <translation>e.g. Qiantang District, Hangzhou, Zhejiang</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="72"/>
        <location filename="../../company/wizard.py" line="103"/>
        <source>企业规模</source>
        <translation>Company size</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="73"/>
        <source>（不填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="77"/>
        <location filename="../../company/wizard.py" line="104"/>
        <source>评估人</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="79"/>
        <location filename="../../company/wizard.py" line="105"/>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="83"/>
        <location filename="../../company/wizard.py" line="106"/>
        <source>体检日期</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="84"/>
        <source>{year}年度</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="85"/>
        <location filename="../../company/wizard.py" line="107"/>
        <source>体检期间</source>
        <translation>Assessment period</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="100"/>
        <source>企业名称 *</source>
        <translation>Company name *</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="101"/>
        <source>统一社会信用代码 *</source>
        <translation>Unified social credit code *</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="108"/>
        <source>使用的指引</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="133"/>
        <source>✓ 校验通过</source>
        <translation>✓ Check character correct</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../company/wizard.py" line="238"/>
        <source>确认并保存</source>
        <translation>Confirm and save</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="239"/>
        <source>按所选业务范围，下列内容适用于本企业。确认后创建体检文件，之后每次作答都会立即保存。</source>
        <translation>For the business chosen, the following applies to this company. Confirm to create the assessment file; every answer is saved the moment it is given.</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="241"/>
        <source>创建体检</source>
        <translation>Create assessment</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="253"/>
        <source>保存位置（体检文件 .lhc，含全部回答、附件和所用指引）</source>
        <translation>Where to save (the .lhc file holds every answer, attachment and the guide used)</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="258"/>
        <source>体检文件保存位置</source>
        <translation>Where to save the assessment file</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="260"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="275"/>
        <source>适用 &lt;b&gt;{articles}&lt;/b&gt; 条、&lt;b&gt;{items}&lt;/b&gt; 项违规事项、&lt;b&gt;{questions}&lt;/b&gt; 个问题（指引共 {all_articles} 条、{all_items} 项、{all_questions} 个问题）。</source>
        <translation>&lt;b&gt;{articles}&lt;/b&gt; articles, &lt;b&gt;{items}&lt;/b&gt; violation items and &lt;b&gt;{questions}&lt;/b&gt; questions apply (of {all_articles} articles, {all_items} items and {all_questions} questions in the guide).</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="281"/>
        <source>企业特征：{facts}</source>
        <translation>Profile: {facts}</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="293"/>
        <source>请选择保存位置。</source>
        <translation>Choose where to save.</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="296"/>
        <source>{name} 已存在，不会覆盖。请换一个文件名。</source>
        <translation>{name} exists and will not be overwritten. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="298"/>
        <source>文件夹 {folder} 不存在。</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="309"/>
        <source>保存体检文件</source>
        <translation>Save assessment file</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="310"/>
        <source>体检文件 (*.lhc)</source>
        <translation>Assessment files (*.lhc)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../assessment/dashboard.py" line="189"/>
        <source>尚未作答</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="191"/>
        <source>没有适用的事项</source>
        <translation>No item applies</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="192"/>
        <location filename="../../assessment/dashboard.py" line="325"/>
        <source>暂定</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="229"/>
        <location filename="../../assessment/dashboard.py" line="261"/>
        <source>健康指数</source>
        <translation>Health index</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="262"/>
        <source>整体等级</source>
        <translation>Overall level</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="243"/>
        <location filename="../../assessment/dashboard.py" line="263"/>
        <source>作答进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="264"/>
        <source>违规事项分布</source>
        <translation>Items by level</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="269"/>
        <location filename="../../assessment/dashboard.py" line="281"/>
        <source>各章健康指数</source>
        <translation>Health index by chapter</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="284"/>
        <source>优先整改（按整改可加分排序）</source>
        <translation>Fix first (by points gained when fixed)</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="293"/>
        <source>优先整改事项</source>
        <translation>Items to fix first</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="309"/>
        <source>回答第一个问题后显示。</source>
        <translation>Shown after the first answer.</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="311"/>
        <source>暂定：还有 {n} 题未作答，未答题按“不确定”计。</source>
        <translation>Provisional: {n} questions are not answered yet and count as “unsure”.</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="313"/>
        <source>满分 100，全部适用问题已作答。</source>
        <translation>Out of 100; every applicable question is answered.</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="322"/>
        <source>一票否决：{items} 可能承担刑事责任且回答为“不符合”。</source>
        <translation>Veto: {items} may carry criminal liability and was answered “non-compliant”.</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="330"/>
        <source>{answered} / {total} 题</source>
        <translation>{answered} / {total} questions</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="335"/>
        <source>{label} {n} 项</source>
        <translation>{label}: {n}</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="339"/>
        <source>回答问题后，这里按“整改可加分”列出最值得先整改的违规事项。</source>
        <translation>Once questions are answered, the items most worth fixing first are listed here by the points their fix gains.</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="340"/>
        <source>没有需要整改的事项。</source>
        <translation>Nothing needs fixing.</translation>
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
        <location filename="../../assessment/evidence.py" line="72"/>
        <source>{name}，{size}，{who} 于 {when} 添加</source>
        <translation>{name}, {size}, added by {who} on {when}</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../assessment/evidence.py" line="97"/>
        <source>证据材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="99"/>
        <source>尚无证据。可添加制度文件、记录、证照扫描件等，或把文件拖到这里。</source>
        <translation>No evidence yet. Add policies, records, scanned licences and the like, or drop files here.</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="104"/>
        <source>证据材料列表</source>
        <translation>Evidence list</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="111"/>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="112"/>
        <location filename="../../assessment/evidence.py" line="158"/>
        <source>添加证据文件</source>
        <translation>Add evidence files</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="114"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="115"/>
        <source>用系统程序打开所选证据</source>
        <translation>Open the selected evidence with the system viewer</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="117"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="118"/>
        <source>移除所选证据（可撤销）</source>
        <translation>Remove the selected evidence (can be undone)</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="187"/>
        <source>无法打开证据：临时文件写入失败（{detail}）。</source>
        <translation>Cannot open the evidence: the temporary copy could not be written ({detail}).</translation>
    </message>
    <message>
        <location filename="../../assessment/evidence.py" line="190"/>
        <source>系统中没有能打开“{name}”的程序。</source>
        <translation>No program on this system opens “{name}”.</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <location filename="../../company/wizard.py" line="180"/>
        <source>业务类型</source>
        <translation>Business types</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="181"/>
        <source>选择企业的全部业务类型（至少一项）。它们决定哪些条文和问题适用。</source>
        <translation>Choose every business type of the company (at least one). They decide which articles and questions apply.</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="183"/>
        <source>经营活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../company/wizard.py" line="184"/>
        <source>选择企业实际开展的活动。未选的活动，相关问题不会出现；以后可在企业信息中修改。</source>
        <translation>Choose what the company actually does. Questions about activities not chosen do not appear; this can be changed later under Company profile.</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <location filename="../../assessment/navigator.py" line="208"/>
        <source>全部问题</source>
        <translation>All questions</translation>
    </message>
    <message>
        <location filename="../../assessment/navigator.py" line="210"/>
        <source>存在差距（部分符合、不符合）</source>
        <translation>Gaps (partly or not compliant)</translation>
    </message>
    <message>
        <location filename="../../assessment/navigator.py" line="211"/>
        <source>待核实（不确定）</source>
        <translation>To verify (unsure)</translation>
    </message>
    <message>
        <location filename="../../assessment/navigator.py" line="213"/>
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
        <location filename="../../guides/manager.py" line="77"/>
        <source>指引管理</source>
        <translation>Guide manager</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="81"/>
        <source>本机可用的指引：随软件提供的指引和已安装的指引包。新建体检时可以选择其中任一版本；官方签名的指引包由您信任的发布机关签发。</source>
        <translation>Guides available on this computer: the guide that comes with the application and installed guide packages. A new health check can use any of these versions; officially signed packages are issued by a publisher you trust.</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="89"/>
        <source>指引列表</source>
        <translation>Guide list</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="95"/>
        <location filename="../../guides/manager.py" line="146"/>
        <source>本版变化</source>
        <translation>What changed in this version</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="103"/>
        <source>安装指引包…</source>
        <translation>Install guide package…</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="105"/>
        <source>信任发布机关公钥…</source>
        <translation>Trust a publisher key…</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="107"/>
        <source>删除所选指引</source>
        <translation>Remove selected guide</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="150"/>
        <source>本机没有该指引的更早版本可供比较。</source>
        <translation>There is no earlier version of this guide on this computer to compare with.</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="158"/>
        <source>选择指引包</source>
        <translation>Choose a guide package</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="159"/>
        <source>指引包 (*.zip);;所有文件 (*)</source>
        <translation>Guide packages (*.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="168"/>
        <source>指引包未通过校验</source>
        <translation>The guide package failed its checks</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="168"/>
        <source>指引包中的指引有问题，未安装。已安装的指引没有改动。</source>
        <translation>The guide in this package has problems and was not installed. Installed guides are unchanged.</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="172"/>
        <location filename="../../guides/manager.py" line="182"/>
        <source>不能安装</source>
        <translation>Cannot install</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="187"/>
        <source>已安装“{title}”{version}（{state}）。</source>
        <translation>Installed “{title}” {version} ({state}).</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="192"/>
        <source>未经官方签名的指引包</source>
        <translation>Guide package without an official signature</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="193"/>
        <source>“{title}”{version} 版{state}，无法确认它来自发布机关，内容也可能被他人改动过。只有在确认来源可靠时才安装。</source>
        <translation>“{title}” version {version} is {state}: there is no way to confirm it comes from the publisher, and its content may have been changed by someone else. Install it only if you are sure of its source.</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="198"/>
        <source>仍然安装</source>
        <translation>Install anyway</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="204"/>
        <source>选择发布机关的公钥</source>
        <translation>Choose the publisher’s public key</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="205"/>
        <source>公钥 (*.pub *.pem);;所有文件 (*)</source>
        <translation>Public keys (*.pub *.pem);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="211"/>
        <source>不能信任该公钥</source>
        <translation>This key cannot be trusted</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="215"/>
        <source>已信任公钥 {kid}。由它签名的指引包显示为官方签名。</source>
        <translation>Key {kid} is now trusted. Guide packages signed with it show as officially signed.</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="224"/>
        <source>不能删除</source>
        <translation>Cannot remove</translation>
    </message>
</context>
<context>
    <name>GuideModel</name>
    <message>
        <location filename="../../guides/manager.py" line="57"/>
        <source>指引</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="57"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="57"/>
        <source>施行日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="57"/>
        <source>法律状态截至</source>
        <translation>Law status as of</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="57"/>
        <source>发布机关</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../guides/manager.py" line="58"/>
        <source>签名</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <location filename="../fields.py" line="70"/>
        <source>标志图片（PNG 或 SVG）</source>
        <translation>Logo (PNG or SVG)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="71"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../fields.py" line="80"/>
        <source>选择标志图片</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location filename="../fields.py" line="81"/>
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
        <location filename="../../assessment/navigator.py" line="124"/>
        <source>条文与问题</source>
        <translation>Articles and questions</translation>
    </message>
    <message>
        <location filename="../../assessment/navigator.py" line="124"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>NewAssessmentWizard</name>
    <message>
        <location filename="../../company/wizard.py" line="319"/>
        <source>新建体检</source>
        <translation>New assessment</translation>
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
        <location filename="../../assessment/question_page.py" line="110"/>
        <source>‹ 上一题</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="111"/>
        <source>上一题（Alt+↑）</source>
        <translation>Previous question (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="113"/>
        <source>下一题 ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="114"/>
        <source>下一题（Alt+↓）</source>
        <translation>Next question (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="126"/>
        <source>问题</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="145"/>
        <source>回答：{label}（快捷键 {key}）</source>
        <translation>Answer: {label} (key {key})</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="165"/>
        <source>不适用的理由（例如：本企业不从事该项业务）。按 Enter 确认，Esc 取消。</source>
        <translation>Why it does not apply (e.g. the company has no such business). Enter to confirm, Esc to cancel.</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="169"/>
        <source>不适用的理由</source>
        <translation>Reason it does not apply</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="170"/>
        <source>写明不适用的理由</source>
        <translation>Give the reason it does not apply</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="173"/>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="184"/>
        <location filename="../../assessment/question_page.py" line="188"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="187"/>
        <source>事实、依据、访谈对象、待补材料……随输入自动保存。</source>
        <translation>Facts, sources, people interviewed, documents to obtain… saved as you type.</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="210"/>
        <location filename="../../assessment/question_page.py" line="224"/>
        <source>整改措施</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="212"/>
        <source>采用整改建议</source>
        <translation>Use the guide&apos;s advice</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="213"/>
        <source>把指引对本题违规事项的整改建议填入措施</source>
        <translation>Fill in the guide&apos;s remediation advice for this question&apos;s items</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="225"/>
        <source>要做什么，做到什么程度</source>
        <translation>What to do, and to what standard</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="228"/>
        <location filename="../../assessment/question_page.py" line="244"/>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="229"/>
        <source>部门或姓名</source>
        <translation>Department or name</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="234"/>
        <source>未设定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="236"/>
        <location filename="../../assessment/question_page.py" line="251"/>
        <source>完成期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="239"/>
        <source>整改状态</source>
        <translation>Action status</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="243"/>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="248"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="274"/>
        <source>需复核：迁移到新版本指引时保留了原回答（{answer}），因为{reasons}。请重新作答，或确认原回答仍然成立。</source>
        <translation>Needs review: the earlier answer ({answer}) was kept when the check moved to the new guide version, because {reasons}. Answer again, or confirm that the earlier answer still holds.</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="278"/>
        <source>原问题：{old}</source>
        <translation>Earlier question: {old}</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="279"/>
        <source>原回答仍然成立</source>
        <translation>The earlier answer still holds</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="302"/>
        <source>在左侧选择一个问题开始作答。</source>
        <translation>Choose a question on the left to start.</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="319"/>
        <source>提示：{hint}</source>
        <translation>Hint: {hint}</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="322"/>
        <source>第 {n} 题，共 {total} 题</source>
        <translation>Question {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="330"/>
        <source>已回答“{answer}”&#x3000;{who}，{when}</source>
        <translation>Answered “{answer}”&#x3000;{who}, {when}</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="334"/>
        <source>尚未作答。按 1–5 选择回答，随即进入下一题。</source>
        <translation>Not answered yet. Press 1–5 to answer; the next question follows.</translation>
    </message>
    <message>
        <location filename="../../assessment/question_page.py" line="403"/>
        <source>标为“不适用”时请写明理由。</source>
        <translation>Give a reason when marking a question not applicable.</translation>
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
        <location filename="../../assessment/reference.py" line="54"/>
        <source>条文指引、违规事项与法律依据</source>
        <translation>Guidance, violation items and legal basis</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="90"/>
        <source>已收起</source>
        <translation>folded</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="90"/>
        <source>已展开</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="95"/>
        <source>在左侧选择一个问题。</source>
        <translation>Choose a question on the left.</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="101"/>
        <source>条文指引</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="106"/>
        <source>本题检查的违规事项（{n} 项）</source>
        <translation>Violation items this question detects ({n})</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="122"/>
        <source>条文依据</source>
        <translation>Article basis</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="124"/>
        <source>义务依据</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="125"/>
        <source>处罚依据</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="126"/>
        <source>刑事责任依据</source>
        <translation>Criminal liability</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="113"/>
        <location filename="../../assessment/reference.py" line="154"/>
        <source>法律变化</source>
        <translation>Change in the law</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="157"/>
        <source>整改建议</source>
        <translation>Remediation</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="182"/>
        <source>英文说明（以中文原文为准）</source>
        <translation>In English (the Chinese text is authoritative)</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="187"/>
        <source>收起条文全文</source>
        <translation>Hide the whole article</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="187"/>
        <source>查看条文全文</source>
        <translation>Show the whole article</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="110"/>
        <source>法律依据（{n} 条）</source>
        <translation>Legal basis ({n})</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="145"/>
        <source>违规情形</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="146"/>
        <source>责任主体</source>
        <translation>Liable</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="147"/>
        <source>法律后果</source>
        <translation>Consequence</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="148"/>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../assessment/reference.py" line="152"/>
        <source>整改可加分</source>
        <translation>Gain if fixed</translation>
    </message>
</context>
<context>
    <name>RenderWorker</name>
    <message>
        <location filename="../../report/report_dialog.py" line="64"/>
        <source>报告组件无法加载（{detail}）。请重新运行安装脚本 setup.sh。</source>
        <translation>The report component cannot load ({detail}). Run setup.sh again.</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="83"/>
        <source>生成报告时出错：{detail}。体检文件未受影响，可以重试。</source>
        <translation>The report could not be rendered: {detail}. The assessment file is unaffected; try again.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../report/report_dialog.py" line="105"/>
        <source>生成法治体检报告</source>
        <translation>Render the legal health check report</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="111"/>
        <source>报告模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="130"/>
        <source>包含的章节</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="138"/>
        <source>封面、目录和免责声明总是包含。</source>
        <translation>The cover, contents and disclaimer are always included.</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="143"/>
        <source>出具信息与品牌</source>
        <translation>Issuer and branding</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="146"/>
        <source>出具单位名称</source>
        <translation>Name of the issuing firm</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="147"/>
        <source>律师事务所或咨询机构；企业自查可留空</source>
        <translation>Law firm or consultancy; leave empty for a self-check</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="149"/>
        <location filename="../../report/report_dialog.py" line="157"/>
        <source>出具方</source>
        <translation>Issuing party</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="150"/>
        <source>留空：顾问版为出具单位，自查版为企业法务部</source>
        <translation>Empty: the firm (consultant) or the company&apos;s legal department (self-check)</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="152"/>
        <location filename="../../report/report_dialog.py" line="158"/>
        <source>报告编号</source>
        <translation>Report number</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="153"/>
        <source>留空自动生成，如 FZTJ-2026-0001</source>
        <translation>Empty: numbered automatically, e.g. FZTJ-2026-0001</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="166"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="156"/>
        <source>出具单位</source>
        <translation>Issuing firm</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="159"/>
        <source>标志图片</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="160"/>
        <source>主题色</source>
        <translation>Accent colour</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="165"/>
        <source>报告保存位置</source>
        <translation>Where to save the report</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="168"/>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="172"/>
        <source>完成后用系统程序打开</source>
        <translation>Open with the system viewer when done</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="179"/>
        <source>生成进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="188"/>
        <source>生成报告</source>
        <translation>Render report</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="192"/>
        <location filename="../../report/report_dialog.py" line="299"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="218"/>
        <source>保存报告</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="218"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="225"/>
        <source>报告文件应以 .pdf 结尾。</source>
        <translation>The report file must end in .pdf.</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="227"/>
        <source>文件夹 {folder} 不存在。</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="229"/>
        <source>主题色应写成 #1F3A5F 的形式。</source>
        <translation>Write the accent colour like #1F3A5F.</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="248"/>
        <source>准备中…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="250"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="271"/>
        <source>未找到 HarfBuzz 字体子集库（libharfbuzz-subset0），生成报告会慢很多（可能需要数十秒）。请让管理员运行：sudo apt-get install libharfbuzz-subset0</source>
        <translation>The HarfBuzz font subsetting library (libharfbuzz-subset0) is missing, so reports render much more slowly (possibly tens of seconds). Ask an administrator to run: sudo apt-get install libharfbuzz-subset0</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="276"/>
        <source>已生成：{path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="279"/>
        <source>报告已保存到 {path}，但系统中没有能打开 PDF 的程序。</source>
        <translation>The report was saved to {path}, but no program on this system opens PDF files.</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="288"/>
        <source>已取消，没有生成文件。</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../report/report_dialog.py" line="304"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
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
        <location filename="../../preferences/settings_dialog.py" line="25"/>
        <source>首选项</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="28"/>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="31"/>
        <location filename="../../preferences/settings_dialog.py" line="38"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="36"/>
        <location filename="../../preferences/settings_dialog.py" line="39"/>
        <source>评估人姓名</source>
        <translation>Assessor name</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="37"/>
        <source>记录在每一次作答和修改上</source>
        <translation>Recorded with every answer and change</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="42"/>
        <source>报告默认品牌</source>
        <translation>Default report branding</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="45"/>
        <source>出具单位名称</source>
        <translation>Name of the issuing firm</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="46"/>
        <source>律师事务所或咨询机构名称；企业自查可留空</source>
        <translation>Law firm or consultancy; leave empty for a self-check</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="49"/>
        <source>出具单位</source>
        <translation>Issuing firm</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="50"/>
        <source>标志图片</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../preferences/settings_dialog.py" line="51"/>
        <source>主题色</source>
        <translation>Accent colour</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../assessment/sidebar.py" line="42"/>
        <source>搜索条文、事项、问题、法规（Ctrl+F）</source>
        <translation>Search articles, items, questions, laws (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="43"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="50"/>
        <source>筛选问题</source>
        <translation>Filter questions</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="57"/>
        <source>条文与问题导航</source>
        <translation>Articles and questions</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="83"/>
        <source>搜索结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="153"/>
        <source>按企业信息，没有适用的问题。</source>
        <translation>For this company profile no question applies.</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="154"/>
        <source>所有适用问题都已作答。可查看总览，或生成报告。</source>
        <translation>Every applicable question is answered. See the dashboard or render the report.</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="155"/>
        <source>没有回答为“部分符合”或“不符合”的问题。</source>
        <translation>No question is answered “partly compliant” or “not compliant”.</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="156"/>
        <source>没有回答为“不确定”的问题。</source>
        <translation>No question is answered “unsure”.</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="157"/>
        <source>没有重大风险的回答。</source>
        <translation>No answer puts an item at major risk.</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="158"/>
        <source>没有需要复核的回答。</source>
        <translation>No answers need review.</translation>
    </message>
    <message>
        <location filename="../../assessment/sidebar.py" line="175"/>
        <source>没有找到“{text}”。试试更短的词，或法规简称（如“药品管理法”）。</source>
        <translation>Nothing found for “{text}”. Try a shorter word or a law&apos;s short title (e.g. 药品管理法).</translation>
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
        <location filename="../../start/start_page.py" line="131"/>
        <source>生物医药企业法律风险自查
逐条作答，即时评分，生成法治体检报告</source>
        <translation>Legal risk self-check for biomedical companies
Answer article by article, see the score at once, render the report</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="137"/>
        <source>新建体检…</source>
        <translation>New assessment…</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="139"/>
        <source>填写企业信息，按业务范围生成适用的问卷（Ctrl+N）</source>
        <translation>Enter the company profile; the questionnaire follows its business (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="141"/>
        <source>打开文件…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="142"/>
        <source>打开已有的体检文件（.lhc）（Ctrl+O）</source>
        <translation>Open an existing assessment file (.lhc) (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="144"/>
        <source>打开示例</source>
        <translation>Open an example</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="146"/>
        <source>指引管理…</source>
        <translation>Guide manager…</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="147"/>
        <source>查看、安装指引的新版本和本版变化</source>
        <translation>See and install new guide versions and what changed</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="149"/>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="156"/>
        <source>体检结果供企业自查参考，不构成法律意见。</source>
        <translation>Results support the company&apos;s own review and are not legal advice.</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="166"/>
        <location filename="../../start/start_page.py" line="171"/>
        <source>最近的体检</source>
        <translation>Recent assessments</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="186"/>
        <source>还没有体检记录。

点击“新建体检”，填写企业信息后即可逐条作答；已有体检文件（.lhc）请点击“打开文件”。
想先看看效果，可以“打开示例”。</source>
        <translation>No assessments yet.

Click “New assessment”, enter the company profile and start answering; to continue an existing file (.lhc) click “Open file”.
To see how it works first, “Open an example”.</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="197"/>
        <source>按 Enter 打开所选体检，Delete 从列表中移除（不删除文件）。</source>
        <translation>Enter opens the selected assessment; Delete removes it from the list (the file stays).</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="210"/>
        <source>没有找到中文字体，中文可能显示为方框。请安装 Noto Sans CJK 字体（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk），然后重新启动本程序。</source>
        <translation>No Chinese font was found, so Chinese may show as boxes. Install the Noto Sans CJK font (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk) and start the app again.</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="217"/>
        <source>没有找到示例文件（examples 文件夹为空或不存在）。</source>
        <translation>No example files found (the examples folder is empty or missing).</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="223"/>
        <source>示例以副本打开，不会改动原示例文件。</source>
        <translation>Examples open as a copy; the original stays as it is.</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="259"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../start/start_page.py" line="260"/>
        <source>从列表中移除</source>
        <translation>Remove from the list</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message>
        <location filename="../../assessment/summary_bar.py" line="32"/>
        <source>健康指数</source>
        <translation>Health index</translation>
    </message>
    <message>
        <location filename="../../assessment/summary_bar.py" line="34"/>
        <source>整体等级</source>
        <translation>Overall level</translation>
    </message>
    <message>
        <location filename="../../assessment/summary_bar.py" line="35"/>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../assessment/summary_bar.py" line="40"/>
        <source>作答进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../assessment/summary_bar.py" line="89"/>
        <source>{label}：{n} 项</source>
        <translation>{label}: {n}</translation>
    </message>
</context>
<context>
    <name>TopItemsModel</name>
    <message>
        <location filename="../../assessment/dashboard.py" line="151"/>
        <source>序</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="151"/>
        <source>违规事项</source>
        <translation>Violation item</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="151"/>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="151"/>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../assessment/dashboard.py" line="151"/>
        <source>整改可加分</source>
        <translation>Gain if fixed</translation>
    </message>
</context>
</TS>
