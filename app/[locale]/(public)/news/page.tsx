import { NewsListView, newsListMetadata, type NewsListRouteParams } from "@/components/news/news-list-view";

type Props = { params: NewsListRouteParams };

export const generateMetadata = ({ params }: Props) => newsListMetadata(params);

export default function NewsPage({ params }: Props) {
  return <NewsListView params={params} />;
}
