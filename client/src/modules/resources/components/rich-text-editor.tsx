import {
  BoldOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Input, Space, Tooltip } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isHttpUrl } from '@/app/form-rules';
import '../resources.css';

export interface RichTextEditorProps {
  /** Set by Form.Item: the field's id (its label points here). */
  id?: string;
  value?: string;
  onChange?: (html: string) => void;
  /** The visible label's text, for screen readers inside the editable area. */
  label: string;
  disabled?: boolean;
  invalid?: boolean;
}

interface ToolButtonProps {
  label: string;
  active: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

function ToolButton({ label, active, disabled, onClick, children }: ToolButtonProps) {
  return (
    <Tooltip title={label}>
      <Button
        size="small"
        type={active ? 'primary' : 'text'}
        aria-label={label}
        aria-pressed={active}
        disabled={disabled}
        onClick={onClick}
      >
        {children}
      </Button>
    </Tooltip>
  );
}

/**
 * The body of a library piece as rich text (TipTap): bold, italic, headings, lists, quote, links. Loaded lazily by
 * the share form only, so the rest of the app does not carry the editor. The HTML goes to the server, which
 * sanitises it again whatever this editor allows.
 */
export function RichTextEditor({ id, value = '', onChange, label, disabled = false, invalid = false }: RichTextEditorProps) {
  const { t } = useTranslation();
  const [linkOpen, setLinkOpen] = useState(false);
  const [linkUrl, setLinkUrl] = useState('');
  const latestValue = useRef(value);
  const editor = useEditor({
    extensions: [StarterKit.configure({ heading: { levels: [2, 3] }, link: { openOnClick: false, autolink: true } })],
    content: value,
    editable: !disabled,
    editorProps: {
      attributes: {
        ...(id ? { id } : {}),
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        'aria-invalid': String(invalid),
        class: 'rich-text-content',
      },
    },
    // Only real edits reach the form: the editor also "updates" as it mounts, which would mark an untouched form invalid.
    onUpdate: ({ editor: current }) => {
      const html = current.isEmpty ? '' : current.getHTML();
      if (html !== latestValue.current) onChange?.(html);
    },
  });
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current?.isActive('bold') ?? false,
      italic: current?.isActive('italic') ?? false,
      h2: current?.isActive('heading', { level: 2 }) ?? false,
      h3: current?.isActive('heading', { level: 3 }) ?? false,
      bulletList: current?.isActive('bulletList') ?? false,
      orderedList: current?.isActive('orderedList') ?? false,
      blockquote: current?.isActive('blockquote') ?? false,
      link: current?.isActive('link') ?? false,
    }),
  });

  // The form may replace the value (e.g. "take the latest version"): follow it without echoing a change back.
  useEffect(() => {
    latestValue.current = value;
    if (!editor) return;
    const current = editor.isEmpty ? '' : editor.getHTML();
    if (current !== value) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    editor?.setEditable(!disabled);
  }, [editor, disabled]);

  const chain = () => editor.chain().focus();
  const url = linkUrl.trim();
  const applyLink = () => {
    if (url === '') chain().extendMarkRange('link').unsetLink().run();
    else if (isHttpUrl(url)) chain().extendMarkRange('link').setLink({ href: url }).run();
    else return;
    setLinkOpen(false);
  };

  return (
    <div className={`rich-text${invalid ? ' rich-text-invalid' : ''}`}>
      <div className="rich-text-toolbar" role="toolbar" aria-label={t('resourceForm.editor.toolbar')}>
        <ToolButton label={t('resourceForm.editor.bold')} active={state.bold} disabled={disabled} onClick={() => chain().toggleBold().run()}>
          <BoldOutlined aria-hidden />
        </ToolButton>
        <ToolButton label={t('resourceForm.editor.italic')} active={state.italic} disabled={disabled} onClick={() => chain().toggleItalic().run()}>
          <ItalicOutlined aria-hidden />
        </ToolButton>
        <ToolButton label={t('resourceForm.editor.heading2')} active={state.h2} disabled={disabled} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
          H2
        </ToolButton>
        <ToolButton label={t('resourceForm.editor.heading3')} active={state.h3} disabled={disabled} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
          H3
        </ToolButton>
        <ToolButton label={t('resourceForm.editor.bulletList')} active={state.bulletList} disabled={disabled} onClick={() => chain().toggleBulletList().run()}>
          <UnorderedListOutlined aria-hidden />
        </ToolButton>
        <ToolButton label={t('resourceForm.editor.orderedList')} active={state.orderedList} disabled={disabled} onClick={() => chain().toggleOrderedList().run()}>
          <OrderedListOutlined aria-hidden />
        </ToolButton>
        <ToolButton label={t('resourceForm.editor.quote')} active={state.blockquote} disabled={disabled} onClick={() => chain().toggleBlockquote().run()}>
          “ ”
        </ToolButton>
        <ToolButton
          label={t('resourceForm.editor.link')}
          active={state.link || linkOpen}
          disabled={disabled}
          onClick={() => {
            setLinkUrl(String(editor.getAttributes('link').href ?? ''));
            setLinkOpen((open) => !open);
          }}
        >
          <LinkOutlined aria-hidden />
        </ToolButton>
      </div>
      {linkOpen && (
        <Space.Compact className="rich-text-link" style={{ width: '100%' }}>
          <Input
            autoFocus
            inputMode="url"
            placeholder="https://"
            aria-label={t('resourceForm.editor.linkUrl')}
            value={linkUrl}
            status={url !== '' && !isHttpUrl(url) ? 'error' : undefined}
            onChange={(event) => setLinkUrl(event.target.value)}
            onPressEnter={(event) => {
              event.preventDefault();
              applyLink();
            }}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setLinkOpen(false);
            }}
          />
          <Button onClick={applyLink}>{url === '' ? t('resourceForm.editor.unlink') : t('resourceForm.editor.applyLink')}</Button>
        </Space.Compact>
      )}
      <EditorContent editor={editor} />
    </div>
  );
}
